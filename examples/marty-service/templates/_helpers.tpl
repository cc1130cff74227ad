{{/*
Name of the service: chart name unless nameOverride is set (each service sets
nameOverride to its own name, e.g. "user-service").
*/}}
{{- define "marty-service.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified name. Truncated at 63 characters (DNS label limit). If the
release name already contains the service name it is used as is.
*/}}
{{- define "marty-service.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version, as used by the helm.sh/chart label.
*/}}
{{- define "marty-service.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "marty-service.labels" -}}
helm.sh/chart: {{ include "marty-service.chart" . }}
{{ include "marty-service.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: marty
{{- end }}

{{/*
Selector labels: name + instance only (immutable on a Deployment).
*/}}
{{- define "marty-service.selectorLabels" -}}
app.kubernetes.io/name: {{ include "marty-service.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Name of the ServiceAccount to use.
*/}}
{{- define "marty-service.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "marty-service.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Container image reference; the tag defaults to the chart appVersion.
*/}}
{{- define "marty-service.image" -}}
{{- $tag := .Values.image.tag | default .Chart.AppVersion | toString }}
{{- printf "%s:%s" .Values.image.repository $tag }}
{{- end }}

{{/*
Service-mesh sidecar injection annotations (Deployment and pod template).
Renders nothing when the mesh is disabled.
*/}}
{{- define "marty-service.meshAnnotations" -}}
{{- if .Values.serviceMesh.enabled }}
{{- if eq .Values.serviceMesh.type "istio" }}
sidecar.istio.io/inject: {{ .Values.serviceMesh.istio.injection | toString | quote }}
{{- else if eq .Values.serviceMesh.type "linkerd" }}
linkerd.io/inject: {{ .Values.serviceMesh.linkerd.injection | quote }}
{{- end }}
{{- end }}
{{- end }}

{{/*
"true" when the mesh enforces mutual TLS between pods.
*/}}
{{- define "marty-service.meshMtls" -}}
{{- $mesh := .Values.serviceMesh }}
{{- if and $mesh.enabled (eq $mesh.type "linkerd") }}true
{{- else if and $mesh.enabled (eq $mesh.type "istio") (eq $mesh.istio.mtls.mode "STRICT") }}true
{{- else }}false
{{- end }}
{{- end }}

{{/*
Secret and key holding the database password: an existing Secret when
database.passwordSecret.name is set, otherwise the chart's own Secret.
*/}}
{{- define "marty-service.databasePasswordSecretName" -}}
{{- default (include "marty-service.fullname" .) .Values.database.passwordSecret.name }}
{{- end }}

{{- define "marty-service.databasePasswordSecretKey" -}}
{{- if .Values.database.passwordSecret.name }}
{{- .Values.database.passwordSecret.key | default "password" }}
{{- else -}}
database-password
{{- end }}
{{- end }}

{{/*
Names of the Secrets holding the gRPC TLS material.
*/}}
{{- define "marty-service.tlsServerSecret" -}}
{{- default (printf "%s-grpc-server-tls" (include "marty-service.fullname" .)) .Values.grpc.tls.secrets.server.name }}
{{- end }}

{{- define "marty-service.tlsClientSecret" -}}
{{- default (printf "%s-grpc-client-tls" (include "marty-service.fullname" .)) .Values.grpc.tls.secrets.client.name }}
{{- end }}

{{- define "marty-service.tlsCaSecret" -}}
{{- default "marty-internal-ca" .Values.grpc.tls.secrets.ca.name }}
{{- end }}

{{/*
Database connection environment shared by the app and the migration Job.
*/}}
{{- define "marty-service.databaseEnv" -}}
{{- if .Values.database.dsn }}
- name: DATABASE_DSN
  value: {{ .Values.database.dsn | quote }}
{{- end }}
- name: DATABASE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "marty-service.databasePasswordSecretName" . }}
      key: {{ include "marty-service.databasePasswordSecretKey" . }}
{{- end }}

{{/*
tlsConfig of the Prometheus monitors when the service serves TLS. The files
are the CA and client Secrets mounted into Prometheus (spec.secrets).
*/}}
{{- define "marty-service.monitorTlsConfig" -}}
caFile: /etc/prometheus/secrets/{{ include "marty-service.tlsCaSecret" . }}/{{ .Values.grpc.tls.secrets.ca.cert_key }}
certFile: /etc/prometheus/secrets/{{ include "marty-service.tlsClientSecret" . }}/{{ .Values.grpc.tls.secrets.client.cert_key }}
keyFile: /etc/prometheus/secrets/{{ include "marty-service.tlsClientSecret" . }}/{{ .Values.grpc.tls.secrets.client.key_key }}
serverName: {{ include "marty-service.fullname" . }}.{{ .Release.Namespace }}.svc
insecureSkipVerify: false
{{- end }}
