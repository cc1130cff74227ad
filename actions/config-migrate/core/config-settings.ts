/** The settings the configuration migrator reads from Helm values, from which the components are built. */
import type { JsonObject } from '../../kernel/json.js';
import type { IstioMtlsMode, IstioTlsMode, MeshType, TrafficPolicy } from '../../kernel/k8s/mesh-policies.js';
import type { ComponentName } from './values-reader.js';

export interface PortSpec {
  role: 'http' | 'grpc' | 'metrics';
  /** The Service port name the components refer to. */
  name: string;
  port?: number;
  /** The container port: a number, or a name. */
  targetPort: number | string;
}

export interface MonitorSettings {
  kind: 'ServiceMonitor' | 'PodMonitor';
  /** The values path it came from (monitoring.serviceMonitor, serviceMonitor, service.metricsPort). */
  source: string;
  interval: string;
  scrapeTimeout?: string;
  path: string;
  port: string;
  scheme: 'http' | 'https';
  labels: Record<string, string>;
  honorLabels?: boolean;
  relabelings?: JsonObject[];
  metricRelabelings?: JsonObject[];
  tlsConfig?: JsonObject;
}

export interface DefaultUse {
  component: ComponentName;
  setting: string;
  value: string;
  why: string;
}

export interface MeshSettings {
  type: MeshType;
  inject: boolean;
  mtlsMode: IstioMtlsMode;
  tlsMode: IstioTlsMode;
  traffic: TrafficPolicy;
}

export interface SecuritySettings {
  serviceAccount?: { create: boolean; name: string; annotations: Record<string, string>; automount: boolean };
  rbacRules?: JsonObject[];
  networkPolicy?: { policyTypes: string[]; ingress?: JsonObject[]; egress?: JsonObject[] };
  podSecurityContext?: JsonObject;
  securityContext?: JsonObject;
}

export interface ConfigSettings {
  serviceName: string;
  /** The app.kubernetes.io/name value the pods and Service carry. */
  selectorName: string;
  ports: PortSpec[];
  mesh?: MeshSettings;
  tls: {
    enabled: boolean;
    clientAuth: boolean;
    ca?: { name: string; key: string };
    client?: { name: string; certKey: string; keyKey: string };
  };
  monitors: MonitorSettings[];
  rules?: { groups: JsonObject[]; labels: Record<string, string>; custom: boolean };
  dashboard?: { json: string; labels: Record<string, string>; annotations: Record<string, string> };
  security?: SecuritySettings;
  defaults: DefaultUse[];
  /** Things the report must say (e.g. why a section made nothing). */
  notes: string[];
}
