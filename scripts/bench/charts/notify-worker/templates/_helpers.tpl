{{- define "notify.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "notify.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "notify.labels" -}}
{{ include "notify.selectorLabels" . }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- /* A throw-away name for test pods, so reruns of `helm test` never collide. */}}
{{- define "notify.testSuffix" -}}
{{- randAlphaNum 6 | lower }}
{{- end }}
