{{- define "session.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "session.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "session.labels" -}}
{{ include "session.selectorLabels" . }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "session.secretName" -}}
{{- .Values.auth.existingSecret | default (include "session.fullname" .) }}
{{- end }}

{{- define "session.tlsSecretName" -}}
{{- .Values.tls.existingSecret | default (printf "%s-tls" (include "session.fullname" .)) }}
{{- end }}
