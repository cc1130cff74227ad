export const id = 24;
export const ids = [24];
export const modules = {

/***/ 2539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInfraConfigCommand: () => (/* binding */ runInfraConfigCommand)
});

// UNUSED EXPORTS: formatInfraSummary

// EXTERNAL MODULE: ./actions/runtime/cli/help.ts
var help = __webpack_require__(6941);
// EXTERNAL MODULE: ./actions/runtime/cli/report-output.ts
var report_output = __webpack_require__(6560);
// EXTERNAL MODULE: ./actions/runtime/cli/tool-flags.ts + 1 modules
var tool_flags = __webpack_require__(2483);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/platform/fs/staged-output.ts + 2 modules
var staged_output = __webpack_require__(8905);
// EXTERNAL MODULE: ./actions/kernel/k8s/kustomization.ts
var k8s_kustomization = __webpack_require__(5716);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/kernel/k8s/secret-generators.ts
var secret_generators = __webpack_require__(8996);
// EXTERNAL MODULE: ./actions/kernel/yaml-codec.ts + 1 modules
var yaml_codec = __webpack_require__(9441);
;// CONCATENATED MODULE: ./actions/infra/core/cluster-config.ts
/** cluster.yaml fields and the output names that fill them, first match wins. */
const KNOWN_FIELDS = [
    ['cluster.name', ['cluster_name', 'eks_cluster_name', 'aks_cluster_name', 'gke_cluster_name']],
    ['cluster.endpoint', ['cluster_endpoint', 'eks_cluster_endpoint', 'kubernetes_endpoint', 'cluster_host']],
    [
        'cluster.certificateAuthorityData',
        [
            'cluster_certificate_authority_data',
            'eks_cluster_certificate_authority_data',
            'cluster_ca_certificate',
            'cluster_ca_data',
        ],
    ],
    ['cluster.version', ['cluster_version', 'kubernetes_version']],
    ['cluster.arn', ['cluster_arn', 'eks_cluster_arn']],
    ['cluster.region', ['region', 'aws_region', 'cluster_region', 'location']],
    ['cluster.oidcIssuerUrl', ['cluster_oidc_issuer_url', 'oidc_issuer_url']],
    ['cluster.oidcProviderArn', ['oidc_provider_arn', 'cluster_oidc_provider_arn']],
    ['network.vpcId', ['vpc_id']],
    ['network.vpcCidrBlock', ['vpc_cidr_block', 'vpc_cidr']],
    ['network.privateSubnetIds', ['private_subnet_ids', 'private_subnets']],
    ['network.publicSubnetIds', ['public_subnet_ids', 'public_subnets']],
    ['network.clusterSecurityGroupId', ['cluster_security_group_id']],
    ['network.nodeSecurityGroupId', ['node_security_group_id']],
];
/** services.<group>.<field> for outputs named <prefix>_<field>. */
const SERVICE_GROUPS = [
    ['database', ['database', 'db', 'rds', 'postgres', 'postgresql', 'mysql', 'aurora']],
    ['cache', ['redis', 'cache', 'elasticache', 'memcached', 'valkey']],
    ['kafka', ['kafka', 'msk']],
];
/**
 * The cluster config for deploy tooling (kubeconfig, Argo CD cluster secret,
 * deploy scripts): cluster identity and endpoint, network, the data services'
 * endpoints and the IRSA bindings, in their natural types (lists stay lists).
 * Only outputs that are not secret are read.
 */
function planClusterConfig(outputs, irsa, source) {
    const byName = new Map(outputs.filter((o) => o.value !== null).map((o) => [o.name, o]));
    const fields = [];
    const omitted = [];
    const warnings = [];
    const used = new Set();
    const sections = {
        cluster: {},
        network: {},
        services: {},
    };
    const set = (path, value) => {
        const [section, ...rest] = path.split('.');
        let node = sections[section];
        for (const step of rest.slice(0, -1))
            node = (node[step] ??= {});
        node[rest[rest.length - 1]] = value;
    };
    for (const [path, names] of KNOWN_FIELDS) {
        const found = names.map((n) => byName.get(n)).filter((o) => o !== undefined);
        const usable = found.find((o) => !o.secret);
        for (const o of found)
            used.add(o.name);
        if (usable) {
            set(path, usable.value);
            fields.push({ path, output: usable.name });
        }
        else if (found[0])
            omitted.push({ path, output: found[0].name });
    }
    const endpoint = stringAt(sections.cluster.endpoint);
    const arn = stringAt(sections.cluster.arn);
    const provider = detectProvider(endpoint, arn);
    if (provider)
        sections.cluster.provider = provider;
    if (sections.cluster.region === undefined) {
        const fromEndpoint = endpoint ? regionFromEndpoint(endpoint) : undefined;
        const fromArn = arn ? /^arn:aws[a-z-]*:eks:([a-z0-9-]+):/.exec(arn)?.[1] : undefined;
        const region = fromEndpoint ?? fromArn;
        if (region) {
            sections.cluster.region = region;
            const from = fields.find((f) => f.path === (fromEndpoint ? 'cluster.endpoint' : 'cluster.arn'));
            if (from)
                fields.push({ path: 'cluster.region', output: from.output, derived: true });
        }
    }
    for (const output of outputs) {
        if (used.has(output.name) || output.value === null)
            continue;
        for (const [group, prefixes] of SERVICE_GROUPS) {
            const prefix = prefixes.find((p) => output.name.length > p.length + 1 && output.name.toLowerCase().startsWith(`${p}_`));
            if (!prefix)
                continue;
            const path = `services.${group}.${camelCase(output.name.slice(prefix.length + 1))}`;
            if (output.secret) {
                omitted.push({ path, output: output.name });
            }
            else if (fields.some((f) => f.path === path)) {
                const first = fields.find((f) => f.path === path)?.output;
                warnings.push(`cluster.yaml: ${path} comes from output "${first}"; "${output.name}" is only in the ConfigMap.`);
            }
            else {
                set(path, output.value);
                fields.push({ path, output: output.name });
            }
            break;
        }
    }
    const document = {
        apiVersion: 'mmf/v1alpha1',
        kind: 'ClusterConfig',
        metadata: { source },
    };
    for (const [key, section] of Object.entries(sections))
        if (Object.keys(section).length)
            document[key] = section;
    if (irsa.length) {
        document.serviceAccounts = irsa.map((b) => ({
            name: b.serviceAccount,
            ...(b.namespace ? { namespace: b.namespace } : {}),
            roleArn: b.roleArn,
        }));
    }
    return { document, fields, omitted, warnings };
}
function stringAt(value) {
    return typeof value === 'string' ? value : undefined;
}
function detectProvider(endpoint, arn) {
    if (endpoint && /\.eks\.amazonaws\.com(\.cn)?(:\d+)?\/?$/i.test(endpoint))
        return 'aws';
    if (arn?.startsWith('arn:aws'))
        return 'aws';
    if (endpoint && /\.azmk8s\.io(:\d+)?\/?$/i.test(endpoint))
        return 'azure';
    return undefined;
}
/** EKS: https://<id>.<shard>.<region>.eks.amazonaws.com; AKS: https://<name>.hcp.<region>.azmk8s.io:443 */
function regionFromEndpoint(endpoint) {
    const eks = /\.([a-z]{2}(?:-[a-z]+)+-\d+)\.eks\.amazonaws\.com(?:\.cn)?(?::\d+)?\/?$/i.exec(endpoint);
    if (eks)
        return eks[1]?.toLowerCase();
    const aks = /\.(?:hcp|privatelink)\.([a-z0-9]+)\.azmk8s\.io(?::\d+)?\/?$/i.exec(endpoint);
    return aks?.[1]?.toLowerCase();
}
function camelCase(snake) {
    return snake.toLowerCase().replace(/[_-]+([a-z0-9])/g, (_m, c) => c.toUpperCase());
}

// EXTERNAL MODULE: ./actions/kernel/json.ts
var json = __webpack_require__(2070);
;// CONCATENATED MODULE: ./actions/infra/core/config-values.ts

function renderValue(value) {
    if (value === null)
        return undefined;
    if (typeof value === 'string')
        return { text: value, format: 'string' };
    if (typeof value === 'number' || typeof value === 'bigint')
        return { text: String(value), format: 'number' };
    if (typeof value === 'boolean')
        return { text: String(value), format: 'bool' };
    if (Array.isArray(value)) {
        const plain = value.every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean');
        const items = plain ? value.map((v) => String(v)) : [];
        if (plain && items.every((s) => !s.includes(',')))
            return { text: items.join(','), format: 'comma-joined' };
    }
    return { text: (0,json/* jsonText */.s$)(value), format: 'json' };
}
/**
 * The ConfigMap / Secret key of an output: upper-case, "-" to "_", so that it
 * is both a valid ConfigMap key and an environment variable name for
 * `envFrom` (cluster_endpoint -> CLUSTER_ENDPOINT).
 */
function configKey(outputName) {
    const key = outputName.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
    return /^[0-9]/.test(key) ? `_${key}` : key;
}
/** Kubernetes' limit on a key (ConfigMap and Secret). */
const MAX_KEY_LENGTH = 253;
/** Kubernetes' limit on the data of one ConfigMap or Secret. */
const MAX_OBJECT_DATA_BYTES = 1024 * 1024;

;// CONCATENATED MODULE: ./actions/infra/core/infra-report.ts
const FORMAT_TEXT = {
    string: 'as is',
    number: 'number as text',
    bool: '"true" / "false"',
    'comma-joined': 'list, comma-joined',
    json: 'compact JSON',
};
/** The short Markdown report written next to the generated files. */
function renderInfraReport(report) {
    const lines = [];
    const secretCount = report.outputs.filter((o) => o.sensitive || o.sensitiveByName).length;
    lines.push('# Infrastructure config', '');
    lines.push(`Generated by \`mmf infra config\` from \`${md(report.source)}\`: ${report.outputs.length} Terraform outputs, ` +
        `${secretCount} of them sensitive (values not shown here or in any tracked file).`, '');
    lines.push('| File | Holds |', '| --- | --- |');
    lines.push(`| \`${report.cluster.file}\` | cluster, network and service endpoints for deploy tooling (${report.cluster.fields.length} fields) |`);
    const generated = [
        report.configMap
            ? `ConfigMap \`${report.configMap.name}\` (${report.configMap.keys.length} key${report.configMap.keys.length === 1 ? '' : 's'})`
            : undefined,
        report.secret
            ? `Secret \`${report.secret.name}\` (${report.secret.keys.length} key${report.secret.keys.length === 1 ? '' : 's'})`
            : undefined,
    ].filter(Boolean);
    lines.push(`| \`kustomization.yaml\` | ${generated.join(', ') || 'no objects'}, no hash suffix |`);
    if (report.secret)
        lines.push(`| ${report.secret.files.map((f) => `\`${f}\``).join(', ')} | the sensitive values, mode 0600, **git-ignored** (\`.gitignore\`) |`);
    if (report.serviceAccounts.length)
        lines.push(`| \`irsa/\` | a Kustomize Component: \`eks.amazonaws.com/role-arn\` for ${report.serviceAccounts.length} ServiceAccounts |`);
    lines.push('');
    lines.push('## Outputs', '', '| Output | Type | Sensitive | Went to |', '| --- | --- | --- | --- |');
    for (const o of report.outputs) {
        const sensitive = o.sensitive ? 'yes' : o.sensitiveByName ? 'by name' : 'no';
        const where = o.destinations.length ? o.destinations.map(md).join('<br>') : '_skipped_';
        lines.push(`| \`${o.name}\` | ${md(o.type)} | ${sensitive} | ${where} |`);
    }
    lines.push('');
    if (report.outputs.some((o) => o.sensitiveByName))
        lines.push('Outputs marked "by name" are not `sensitive = true` in Terraform but are named like secrets, so they were', 'kept out of tracked files too. Mark them `sensitive = true` in Terraform.', '');
    lines.push('## Keys', '');
    lines.push('Keys are the output names in upper case with "-" as "_" (`cluster_endpoint` → `CLUSTER_ENDPOINT`), so they', 'work with `envFrom`. Values: strings as is; numbers and booleans as text; lists of plain values', 'comma-joined; maps, objects and other lists as compact JSON.', '', '| Key | Object | Output | Value |', '| --- | --- | --- | --- |');
    for (const [object, generatedObject] of [
        ['ConfigMap', report.configMap],
        ['Secret', report.secret],
    ]) {
        for (const k of generatedObject?.keys ?? [])
            lines.push(`| \`${k.key}\` | ${object} | \`${k.output}\` | ${object === 'Secret' ? `${FORMAT_TEXT[k.format]}, ${k.bytes} bytes` : FORMAT_TEXT[k.format]} |`);
    }
    lines.push('');
    if (report.serviceAccounts.length) {
        lines.push('## IRSA', '', '| ServiceAccount | Namespace | Role ARN | From |', '| --- | --- | --- | --- |');
        for (const b of report.serviceAccounts) {
            const from = b.key ? `\`${b.output}["${md(b.key)}"]\`` : `\`${b.output}\``;
            const guessed = b.guessedFrom ? ` (name from ${md(b.guessedFrom)})` : '';
            lines.push(`| \`${b.serviceAccount}\` | ${b.namespace ?? 'any'} | \`${b.roleArn}\` | ${from}${guessed} |`);
        }
        lines.push('');
    }
    if (report.skipped.length) {
        lines.push('## Skipped', '');
        for (const s of report.skipped)
            lines.push(`- \`${md(s.output)}\`: ${md(s.reason)}`);
        lines.push('');
    }
    if (report.warnings.length) {
        lines.push('## Warnings', '');
        for (const w of report.warnings)
            lines.push(`- ${md(w)}`);
        lines.push('');
    }
    lines.push('## Using it', '');
    lines.push('- In an overlay: `resources: [<path to this folder>]` adds the ConfigMap' +
        (report.secret ? ' and the Secret' : '') +
        '; containers read them with `envFrom`.');
    if (report.serviceAccounts.length)
        lines.push('- For IRSA: `components: [<path to this folder>/irsa]` in each service overlay.');
    if (report.secret)
        lines.push('- `secrets/` is not committed: a fresh checkout must re-run `mmf infra config` (e.g. in CI from', '  `terraform output -json`) before `kustomize build`, or use an external secret store instead.');
    lines.push('');
    return lines.join('\n');
}
/** Text safe inside a Markdown table cell. */
function md(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

// EXTERNAL MODULE: ./actions/kernel/k8s/file-names.ts
var file_names = __webpack_require__(8446);
// EXTERNAL MODULE: ./actions/kernel/k8s/names.ts
var names = __webpack_require__(6485);
;// CONCATENATED MODULE: ./actions/infra/core/irsa.ts




/** The annotation EKS reads to give a ServiceAccount's pods an IAM role (IRSA). */
const IRSA_ANNOTATION = 'eks.amazonaws.com/role-arn';
const IRSA_DIR = 'irsa';
const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const ROLE_ARN_OUTPUT = /_role_arns?$/i;
/** Roles of the cluster itself or its nodes: never a ServiceAccount's. */
const NODE_OR_CLUSTER_ROLE = /(^|_)(cluster|nodes?|node_groups?|workers?|fargate|fargate_profile|karpenter_node)(_iam)?_role_arns?$/i;
/**
 * Finds IRSA role ARNs among the outputs:
 * - `<service>_irsa_role_arn` / `<service>_role_arn` holding one role ARN:
 *   ServiceAccount `<service>` with "_" as "-" (external_dns_irsa_role_arn ->
 *   external-dns), reported as guessed;
 * - a map output (`service_irsa_role_arns`, `*_role_arns`, or any output with
 *   "irsa" in its name) of `{ "<serviceaccount>" | "<namespace>/<serviceaccount>": "<role ARN>" }`.
 * Cluster and node roles are recognised and left alone; sensitive outputs are
 * never written to tracked files, so they give no binding.
 */
function findIrsaBindings(outputs) {
    const plan = { bindings: [], skipped: [] };
    const seen = new Map();
    const add = (binding, where) => {
        const id = `${binding.namespace ?? ''}/${binding.serviceAccount}`;
        const first = seen.get(id);
        if (first) {
            if (first.roleArn !== binding.roleArn)
                plan.skipped.push({
                    output: where,
                    reason: `ServiceAccount ${id.replace(/^\//, '')} already gets a role from ${first.key ? `${first.output}["${first.key}"]` : first.output}`,
                });
            return;
        }
        seen.set(id, binding);
        plan.bindings.push(binding);
    };
    for (const output of outputs) {
        const irsaNamed = /irsa/i.test(output.name);
        if (!irsaNamed && !ROLE_ARN_OUTPUT.test(output.name))
            continue;
        // Cluster and node roles stay in the ConfigMap only.
        if (!irsaNamed && NODE_OR_CLUSTER_ROLE.test(output.name))
            continue;
        const value = output.value;
        if (value === null)
            continue;
        if (output.secret) {
            plan.skipped.push({
                output: output.name,
                reason: 'sensitive: no ServiceAccount annotation written (the role ARN is only in the Secret)',
            });
            continue;
        }
        if (typeof value === 'string') {
            if (!ROLE_ARN.test(value)) {
                if (ROLE_ARN_OUTPUT.test(output.name))
                    plan.skipped.push({ output: output.name, reason: 'value is not an IAM role ARN' });
                continue;
            }
            const stem = output.name.replace(/(_irsa)?(_iam)?_role_arns?$/i, '').replace(/_irsa$/i, '');
            const serviceAccount = (0,names/* toDns1123Label */.Y1)(stem);
            if (!stem || !serviceAccount) {
                plan.skipped.push({
                    output: output.name,
                    reason: 'cannot tell the ServiceAccount from the output name; use a map of ServiceAccount to role ARN',
                });
                continue;
            }
            add({ serviceAccount, roleArn: value, output: output.name, guessedFrom: 'the output name' }, output.name);
        }
        else if ((0,json/* isObject */.Gv)(value)) {
            const arns = Object.values(value).some((v) => typeof v === 'string' && ROLE_ARN.test(v));
            if (!arns && !ROLE_ARN_OUTPUT.test(output.name))
                continue;
            bindMap(output.name, value, add, plan);
        }
        else if (Array.isArray(value)) {
            plan.skipped.push({
                output: output.name,
                reason: 'a list of role ARNs does not say which ServiceAccount each is for; output a map instead',
            });
        }
    }
    return plan;
}
function bindMap(output, map, add, plan) {
    for (const [key, arn] of Object.entries(map)) {
        const where = `${output}["${key}"]`;
        if (typeof arn !== 'string' || !ROLE_ARN.test(arn)) {
            plan.skipped.push({ output: where, reason: 'value is not an IAM role ARN' });
            continue;
        }
        const slash = key.indexOf('/');
        const namespace = slash < 0 ? undefined : key.slice(0, slash);
        const rawName = slash < 0 ? key : key.slice(slash + 1);
        if (namespace !== undefined && !(0,names/* isDns1123Label */.z3)(namespace)) {
            plan.skipped.push({ output: where, reason: `"${namespace}" is not a valid namespace` });
            continue;
        }
        const serviceAccount = (0,names/* isDns1123Subdomain */.Pz)(rawName) ? rawName : (0,names/* toDns1123Label */.Y1)(rawName);
        if (!serviceAccount) {
            plan.skipped.push({ output: where, reason: 'the key is not a valid ServiceAccount name' });
            continue;
        }
        add({
            serviceAccount,
            ...(namespace ? { namespace } : {}),
            roleArn: arn,
            output,
            key,
            ...(serviceAccount !== rawName ? { guessedFrom: `the key "${rawName}"` } : {}),
        }, where);
    }
}
/**
 * A Kustomize Component (`irsa/`) with one strategic-merge patch per
 * ServiceAccount, each with a `target`, so that an overlay including the
 * component annotates the ServiceAccounts it has and ignores the others.
 */
function renderIrsaComponent(bindings) {
    const files = new Map();
    if (!bindings.length)
        return files;
    const namer = new file_names/* FileNamer */.e();
    const patches = [];
    for (const b of bindings) {
        const file = namer.nameFor({
            group: '',
            version: 'v1',
            kind: 'ServiceAccount',
            namespace: b.namespace ?? '',
            name: b.serviceAccount,
        });
        files.set(`${IRSA_DIR}/${file}`, (0,yaml_codec/* toYaml */.fE)({
            apiVersion: 'v1',
            kind: 'ServiceAccount',
            metadata: {
                name: b.serviceAccount,
                ...(b.namespace ? { namespace: b.namespace } : {}),
                annotations: { [IRSA_ANNOTATION]: b.roleArn },
            },
        }));
        patches.push({
            path: file,
            target: {
                version: 'v1',
                kind: 'ServiceAccount',
                // Kustomize matches target names as anchored regular expressions.
                name: b.serviceAccount.replace(/\./g, '\\.'),
                ...(b.namespace ? { namespace: b.namespace } : {}),
            },
        });
    }
    files.set(`${IRSA_DIR}/kustomization.yaml`, '# IRSA role ARNs from Terraform (mmf infra config). Add this folder to the\n' +
        '# `components:` of an overlay: each ServiceAccount it holds gets its role.\n' +
        (0,yaml_codec/* toYaml */.fE)({ apiVersion: 'kustomize.config.k8s.io/v1alpha1', kind: 'Component', patches }));
    return files;
}

;// CONCATENATED MODULE: ./actions/infra/core/strict-json.ts
/** Nesting allowed in a Terraform outputs file: far more than real outputs use, far too few to exhaust a stack. */
const MAX_JSON_DEPTH = 100;
class JsonSyntaxError extends Error {
    problem;
    constructor(problem) {
        super(`${problem.reason} at line ${problem.line}, column ${problem.column}`);
        this.problem = problem;
        this.name = 'JsonSyntaxError';
    }
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const INTEGER = /^-?\d+$/;
const WHITESPACE = /[ \t\n\r]*/y;
/**
 * A decimal number's value as text, independent of how it is written:
 * `1.50e2`, `150` and `1.5e+2` all give `+15e3` (digits, then the position of
 * the decimal point); every zero gives `0`.
 */
function decimalKey(text) {
    const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!m)
        return text;
    const [, sign, whole = '', fraction = '', exponent = '0'] = m;
    let digits = whole + fraction;
    let point = whole.length + Number(exponent);
    const leading = /^0*/.exec(digits)?.[0].length ?? 0;
    digits = digits.slice(leading).replace(/0+$/, '');
    point -= leading;
    return digits ? `${sign === '-' ? '-' : '+'}${digits}e${point}` : '0';
}
/**
 * RFC 8259 JSON, parsed iteratively (no recursion, bounded depth) with the
 * same result as JSON.parse except that integers beyond 2^53 stay exact as
 * bigint, and with errors that give the line and column on every Node
 * version and never echo the input. Duplicate keys: the last one wins, as in
 * JSON.parse and Terraform.
 */
function parseStrictJson(text, maxDepth = MAX_JSON_DEPTH) {
    let i = 0;
    const n = text.length;
    const stack = [];
    const fail = (offset, reason, kind = 'syntax') => {
        let line = 1;
        let lineStart = 0;
        for (let k = 0; k < offset && k < n; k++) {
            if (text.charCodeAt(k) === 10) {
                line++;
                lineStart = k + 1;
            }
        }
        throw new JsonSyntaxError({ line, column: offset - lineStart + 1, offset, reason, kind });
    };
    const skipWhitespace = () => {
        WHITESPACE.lastIndex = i;
        WHITESPACE.exec(text);
        i = WHITESPACE.lastIndex;
    };
    const readString = () => {
        const start = i;
        i++; // opening quote
        for (;;) {
            if (i >= n)
                return fail(start, 'unterminated string');
            const c = text.charCodeAt(i);
            if (c === 34)
                break; // "
            if (c < 0x20)
                return fail(i, 'control character in a string (escape it, e.g. \\n)');
            if (c === 92) {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        return fail(i, 'invalid \\u escape in a string');
                    i += 6;
                    continue;
                }
                if (e === undefined || !'"\\/bfnrt'.includes(e))
                    return fail(i, 'invalid escape in a string');
                i += 2;
                continue;
            }
            i++;
        }
        i++; // closing quote
        return JSON.parse(text.slice(start, i));
    };
    const readScalar = () => {
        const c = text[i];
        if (c === '"')
            return readString();
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
            NUMBER.lastIndex = i;
            const m = NUMBER.exec(text);
            if (!m || m[0] === '-')
                return fail(i, 'invalid number');
            const after = text[i + m[0].length];
            if (after !== undefined && /[0-9.eE+-]/.test(after))
                return fail(i + m[0].length, 'invalid number');
            const value = Number(m[0]);
            if (INTEGER.test(m[0])) {
                i += m[0].length;
                return Number.isSafeInteger(value) ? value : BigInt(m[0]);
            }
            // Terraform numbers are arbitrary-precision; one a double cannot hold is refused, never changed.
            if (!Number.isFinite(value))
                return fail(i, 'is too large for a 64-bit float (it would become Infinity)', 'number');
            if (decimalKey(m[0]) !== decimalKey(String(value)))
                return fail(i, value === 0
                    ? 'is too small for a 64-bit float (it would become 0)'
                    : 'has more digits than a 64-bit float holds (it would be rounded)', 'number');
            i += m[0].length;
            return value;
        }
        for (const [word, value] of [
            ['true', true],
            ['false', false],
            ['null', null],
        ]) {
            if (text.startsWith(word, i)) {
                i += word.length;
                return value;
            }
        }
        if (i >= n)
            return fail(i, 'unexpected end of input, expected a value');
        if (c === "'")
            return fail(i, 'strings must use double quotes');
        return fail(i, 'expected a value (a string, number, object, array, true, false or null)');
    };
    /** Stores a finished value in the open container; returns the root when there is none. */
    const store = (value) => {
        const top = stack[stack.length - 1];
        if (!top)
            return;
        if (top.kind === 'array')
            top.value.push(value);
        else
            Object.defineProperty(top.value, top.key, {
                value,
                enumerable: true,
                writable: true,
                configurable: true,
            });
    };
    const readKey = (frame) => {
        skipWhitespace();
        if (text[i] !== '"') {
            if (i >= n)
                fail(i, 'unexpected end of input, expected a property name');
            fail(i, 'expected a property name in double quotes');
        }
        frame.key = readString();
        skipWhitespace();
        if (text[i] !== ':')
            fail(i, i >= n ? 'unexpected end of input, expected ":"' : 'expected ":" after a property name');
        i++;
    };
    let root;
    // Each turn reads one value (opening a container counts as one) and then closes what it can.
    for (;;) {
        skipWhitespace();
        let value;
        const c = text[i];
        if (c === '{' || c === '[') {
            if (stack.length >= maxDepth)
                fail(i, `nested deeper than ${maxDepth} levels`);
            i++;
            skipWhitespace();
            const closing = c === '{' ? '}' : ']';
            if (text[i] === closing) {
                i++;
                value = c === '{' ? {} : [];
            }
            else if (c === '{') {
                const frame = { kind: 'object', value: {} };
                stack.push(frame);
                readKey(frame);
                continue;
            }
            else {
                stack.push({ kind: 'array', value: [] });
                continue;
            }
        }
        else {
            value = readScalar();
        }
        // Close containers while the next token is a closer; stop at a comma.
        for (;;) {
            const top = stack[stack.length - 1];
            if (!top) {
                root = value;
                break;
            }
            store(value);
            skipWhitespace();
            const next = text[i];
            const closer = top.kind === 'object' ? '}' : ']';
            if (next === ',') {
                const comma = i++;
                skipWhitespace();
                if (text[i] === closer)
                    fail(comma, 'trailing comma');
                if (top.kind === 'object')
                    readKey(top);
                break;
            }
            if (next === closer) {
                i++;
                stack.pop();
                value = top.value;
                continue;
            }
            if (i >= n)
                fail(i, `unexpected end of input, expected "," or "${closer}"`);
            fail(i, `expected "," or "${closer}" after ${top.kind === 'object' ? 'a property value' : 'an element'}`);
        }
        if (root !== undefined)
            break;
    }
    skipWhitespace();
    if (i < n)
        fail(i, 'unexpected text after the end of the JSON value');
    return root;
}

;// CONCATENATED MODULE: ./actions/infra/core/terraform-outputs.ts



/** What Terraform accepts as an output name. */
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const SHAPE_HINT = 'pass the file written by `terraform output -json > outputs.json` (all outputs, no output name): ' +
    'an object of {"<name>": {"sensitive": false, "type": "string", "value": "…"}}';
/**
 * Parses and checks the text of `terraform output -json`: an object whose
 * every member is `{ sensitive: boolean, type: <type expression>, value: any }`.
 * Errors name `file` and never quote values (they may be secrets).
 */
function parseTerraformOutputs(text, file) {
    let root;
    try {
        root = parseStrictJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (err) {
        if (!(err instanceof JsonSyntaxError))
            throw err;
        const { line, column, reason, kind } = err.problem;
        if (kind === 'number')
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', `the number at line ${line}, column ${column} ${reason}`, {
                file,
                hint: 'Terraform numbers are exact, JSON readers use 64-bit floats: make the output a string (value = tostring(…)) to pass it on as written',
            });
        throw new errors/* MmfError */.H0('E_INPUT_INVALID', `invalid JSON at line ${line}, column ${column}: ${reason}`, {
            file,
            hint: SHAPE_HINT,
        });
    }
    if (!(0,json/* isObject */.Gv)(root)) {
        throw new errors/* MmfError */.H0('E_INPUT_INVALID', `expected the JSON object printed by \`terraform output -json\`, found ${describe(root)}`, {
            file,
            hint: typeof root === 'string' || typeof root === 'number' || typeof root === 'boolean'
                ? 'this looks like the value of one output (`terraform output -json <name>`); run `terraform output -json` without a name'
                : SHAPE_HINT,
        });
    }
    if ('format_version' in root && ('values' in root || 'terraform_version' in root)) {
        throw new errors/* MmfError */.H0('E_INPUT_INVALID', 'this is `terraform show -json` output (state or plan), not `terraform output -json`', { file, hint: SHAPE_HINT });
    }
    const names = Object.keys(root);
    if (names.length === 0) {
        throw new errors/* MmfError */.H0('E_INPUT_INVALID', 'holds no outputs', {
            file,
            hint: 'run `terraform apply` in a configuration that declares outputs, then `terraform output -json`',
        });
    }
    const outputs = [];
    for (const name of names) {
        const entry = root[name];
        const where = `output "${printable(name)}"`;
        if (!OUTPUT_NAME.test(name)) {
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', `${where} is not a Terraform output name (letters, digits, "_" and "-", not starting with a digit)`, { file, hint: SHAPE_HINT });
        }
        if (!(0,json/* isObject */.Gv)(entry)) {
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', `${where} is ${describe(entry)}, expected an object`, {
                file,
                hint: SHAPE_HINT,
            });
        }
        if (!('value' in entry)) {
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', `${where} has no "value"`, { file, hint: SHAPE_HINT });
        }
        if (typeof entry.sensitive !== 'boolean') {
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', `${where} has ${'sensitive' in entry ? `a non-boolean "sensitive" (${describe(entry.sensitive)})` : 'no "sensitive" flag'}`, {
                file,
                hint: '`terraform output -json` always prints "sensitive": true or false; without it a secret could not be told apart',
            });
        }
        const output = { name, sensitive: entry.sensitive, value: entry.value };
        if (entry.type !== undefined)
            output.type = entry.type;
        outputs.push(output);
    }
    return outputs;
}
/** "an array", "a string", … for messages (never the value itself). */
function describe(value) {
    if (value === null)
        return 'null';
    if (value === undefined)
        return 'missing';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'bigint')
        return 'a number';
    return `a ${typeof value === 'boolean' ? 'boolean' : typeof value}`;
}
/** A name for a message: control characters escaped, at most 80 characters. */
function printable(name) {
    const escaped = JSON.stringify(name).slice(1, -1);
    return escaped.length > 80 ? `${escaped.slice(0, 80)}…` : escaped;
}
/** Terraform's type expression as one short label: list(string), map(string), object, tuple, … */
function typeLabel(output) {
    const label = (type) => {
        if (typeof type === 'string')
            return type;
        if (Array.isArray(type) && typeof type[0] === 'string') {
            const [kind, inner] = type;
            if (kind === 'list' || kind === 'set' || kind === 'map')
                return `${kind}(${label(inner) ?? 'dynamic'})`;
            if (kind === 'object' || kind === 'tuple')
                return kind;
        }
        return undefined;
    };
    const given = label(output.type);
    if (given)
        return given;
    const v = output.value;
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'tuple';
    if (typeof v === 'object')
        return 'object';
    if (typeof v === 'boolean')
        return 'bool';
    if (typeof v === 'bigint')
        return 'number';
    return typeof v;
}

;// CONCATENATED MODULE: ./actions/infra/core/plan-infra-config.ts










const DEFAULT_INFRA_NAME = 'infra';
const CLUSTER_FILE = 'cluster.yaml';
const REPORT_FILE = 'INFRA_CONFIG_REPORT.md';
const INFRA_GITIGNORE = '# Sensitive Terraform outputs (see INFRA_CONFIG_REPORT.md): never commit them.\n/secrets/\n';
/** The longest --name that keeps `<name>-secrets` a DNS-1123 label as well. */
const MAX_INFRA_NAME = 63 - '-secrets'.length;
/**
 * Outputs not marked sensitive but whose name ends like a secret's
 * (`*_password`, `*_token`, `*_private_key`, …): handled as sensitive too,
 * because a forgotten `sensitive = true` must not put a password in git.
 * References to secrets (`*_password_secret_arn`, `token_endpoint`) are not.
 */
const SECRET_NAME = /(^|[_-])(password|passwd|secret|token|private_key|secret_key|access_key|api_key|apikey|credential|connection_string|kubeconfig)s?$/i;
const HEADER = '# Generated by `mmf infra config` from Terraform outputs; re-run it instead of editing.\n' +
    '# Key mapping and value formats: INFRA_CONFIG_REPORT.md. Sensitive outputs are only in secrets/ (git-ignored).\n';
/**
 * Plans the files of `mmf infra config` (pure: no I/O). Non-sensitive outputs
 * go to cluster.yaml (known fields) and a configMapGenerator; sensitive ones
 * only to `secrets/` (mode 0600, git-ignored) read by a secretGenerator; IRSA
 * role ARNs also to the `irsa/` Component.
 */
function planInfraConfig(outputs, settings) {
    checkInfraNames(settings);
    const { name, namespace } = settings;
    const file = settings.file ?? settings.source;
    const configMapName = `${name}-config`;
    const secretName = `${name}-secrets`;
    const keyOwners = new Map();
    const classified = [];
    const records = new Map();
    const configKeys = [];
    const secretValues = {};
    const secretKeys = [];
    const skipped = [];
    const warnings = [];
    for (const output of outputs) {
        const key = configKey(output.name);
        const owner = keyOwners.get(key);
        if (owner)
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', `outputs "${owner}" and "${output.name}" would both be the key ${key}`, { file, hint: 'rename one of the outputs in Terraform' });
        if (key.length > MAX_KEY_LENGTH)
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', `output "${output.name.slice(0, 60)}…" is longer than ${MAX_KEY_LENGTH} characters`, {
                file,
            });
        keyOwners.set(key, output.name);
        const byName = !output.sensitive && SECRET_NAME.test(output.name);
        const secret = output.sensitive || byName;
        classified.push({ name: output.name, value: output.value, secret });
        const record = {
            name: output.name,
            type: typeLabel(output),
            sensitive: output.sensitive,
            sensitiveByName: byName,
            destinations: [],
        };
        records.set(output.name, record);
        if (byName)
            warnings.push(`output "${output.name}" is not marked sensitive but is named like a secret: it was handled as sensitive.`);
        const rendered = renderValue(output.value);
        if (!rendered) {
            skipped.push({ output: output.name, reason: 'value is null (the resource behind it may not exist)' });
            continue;
        }
        const bytes = Buffer.byteLength(rendered.text);
        if (secret) {
            secretValues[key] = rendered.text;
            secretKeys.push({ key, output: output.name, format: rendered.format, bytes });
        }
        else {
            configKeys.push({ key, output: output.name, format: rendered.format, bytes, text: rendered.text });
            record.destinations.push(`ConfigMap ${configMapName}: ${key}`);
        }
    }
    checkDataSize('ConfigMap', configMapName, configKeys, file);
    checkDataSize('Secret', secretName, secretKeys, file);
    const files = new Map();
    const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': 'infrastructure-config' };
    const kustomization = { ...(0,k8s_kustomization/* kustomizationHeader */.Pw)() };
    if (configKeys.length) {
        kustomization.configMapGenerator = [
            {
                name: configMapName,
                ...(namespace ? { namespace } : {}),
                literals: [...configKeys].sort(byKey).map((k) => `${k.key}=${literalValue(k.text)}`),
                options: { disableNameSuffixHash: true, labels },
            },
        ];
    }
    let secretFiles = [];
    if (secretKeys.length) {
        const generator = (0,secret_generators/* planSecretGenerator */.HA)({
            id: { group: '', version: 'v1', kind: 'Secret', namespace: namespace ?? '', name: secretName },
            object: {
                apiVersion: 'v1',
                kind: 'Secret',
                metadata: { name: secretName, ...(namespace ? { namespace } : {}), labels },
                type: 'Opaque',
                stringData: secretValues,
            },
        }, name);
        kustomization.secretGenerator = [generator.entry];
        secretFiles = generator.files.map((f) => f.path);
        for (const f of generator.files)
            files.set(f.path, { content: f.content, mode: 0o600 });
        const fileOf = (key) => (generator.entry.envs ? secretFiles[0] : `secrets/${name}/${key}`);
        for (const k of secretKeys)
            records
                .get(k.output)
                ?.destinations.push(`Secret ${secretName}: ${k.key} (${fileOf(k.key)}, git-ignored)`);
    }
    const irsa = findIrsaBindings(classified);
    skipped.push(...irsa.skipped);
    for (const b of irsa.bindings) {
        const ns = b.namespace ? ` in ${b.namespace}` : '';
        records.get(b.output)?.destinations.push(`${IRSA_DIR}/: ServiceAccount ${b.serviceAccount}${ns}`);
    }
    for (const [path, content] of renderIrsaComponent(irsa.bindings))
        files.set(path, { content });
    const cluster = planClusterConfig(classified, irsa.bindings, settings.source);
    warnings.push(...cluster.warnings);
    for (const f of cluster.fields)
        if (!f.derived)
            records.get(f.output)?.destinations.push(`${CLUSTER_FILE}: ${f.path}`);
    for (const f of cluster.omitted)
        if (!f.path.startsWith('services.'))
            warnings.push(`${CLUSTER_FILE}: ${f.path} left out because output "${f.output}" is sensitive.`);
    if (!cluster.fields.some((f) => f.path === 'cluster.endpoint'))
        warnings.push(`${CLUSTER_FILE}: no cluster endpoint among the outputs (expected "cluster_endpoint").`);
    files.set(CLUSTER_FILE, { content: HEADER + (0,yaml_codec/* toYaml */.fE)(cluster.document) });
    files.set('kustomization.yaml', { content: HEADER + (0,yaml_codec/* toYaml */.fE)(kustomization) });
    files.set('.gitignore', { content: INFRA_GITIGNORE });
    const report = {
        source: settings.source,
        name,
        ...(namespace ? { namespace } : {}),
        ...(configKeys.length
            ? { configMap: { name: configMapName, keys: configKeys.map(({ text: _text, ...k }) => k).sort(byKey) } }
            : {}),
        ...(secretKeys.length
            ? { secret: { name: secretName, keys: [...secretKeys].sort(byKey), files: secretFiles } }
            : {}),
        cluster: { file: CLUSTER_FILE, fields: cluster.fields, omitted: cluster.omitted },
        serviceAccounts: irsa.bindings,
        outputs: [...records.values()],
        skipped,
        warnings,
        files: [],
    };
    report.files = [...files.keys(), REPORT_FILE].sort();
    files.set(REPORT_FILE, { content: renderInfraReport(report) });
    return { files, report };
}
/** --name and --namespace: DNS-1123 labels (E_NAME_INVALID). */
function checkInfraNames(settings) {
    (0,names/* assertDnsLabel */.SG)(settings.name, '--name', 'label', MAX_INFRA_NAME);
    if (settings.namespace !== undefined)
        (0,names/* assertDnsLabel */.SG)(settings.namespace, '--namespace');
}
/**
 * A configMapGenerator literal `KEY=value`. Kustomize strips one pair of
 * matching quotes around a literal's value, so a value that starts and ends
 * with the same quote gets one more pair to keep it exact.
 */
function literalValue(text) {
    const quoted = text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[0] === text[text.length - 1];
    return quoted ? `"${text}"` : text;
}
function checkDataSize(kind, name, keys, file) {
    const total = keys.reduce((sum, k) => sum + k.bytes + Buffer.byteLength(k.key), 0);
    if (total > MAX_OBJECT_DATA_BYTES)
        throw new errors/* MmfError */.H0('E_INPUT_INVALID', `the outputs for ${kind} ${name} hold ${total} bytes, more than Kubernetes allows in one object (${MAX_OBJECT_DATA_BYTES})`, { file, hint: 'leave large values (rendered manifests, kubeconfigs) out of the Terraform outputs' });
}
function byKey(a, b) {
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./actions/platform/fs/read-input-file.ts


const errno = (err) => err.code;
/**
 * The bytes of a file the user named as input (decoding is the caller's: it
 * may be UTF-16). Every failure is E_INPUT_INVALID or E_INPUT_TOO_LARGE naming
 * the file: missing, not a regular file, over `limit` (checked before it is
 * read), or unreadable (with the system's error code).
 */
async function readInputFile(path, options) {
    const withHint = (hint) => ({ file: path, ...(hint ? { hint } : {}) });
    let size;
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', 'is not a file', withHint(options.hint));
        size = info.size;
    }
    catch (err) {
        if (err instanceof errors/* MmfError */.H0)
            throw err;
        const code = errno(err);
        throw new errors/* MmfError */.H0('E_INPUT_INVALID', code === 'ENOENT' || code === 'ENOTDIR'
            ? `${options.what} does not exist`
            : `cannot read the ${options.what} (${code ?? 'error'})`, { ...withHint(options.hint), cause: err });
    }
    const tooLarge = (hint) => new errors/* MmfError */.H0('E_INPUT_TOO_LARGE', `larger than ${options.limit} bytes`, withHint(hint));
    if (size > options.limit)
        throw tooLarge(options.tooLargeHint);
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (err) {
        throw new errors/* MmfError */.H0('E_INPUT_INVALID', `cannot read the ${options.what} (${errno(err) ?? 'error'})`, {
            file: path,
            cause: err,
        });
    }
    // The file grew between the check and the read.
    if (bytes.length > options.limit)
        throw tooLarge();
    return bytes;
}

;// CONCATENATED MODULE: ./actions/infra/read-terraform-outputs.ts




/** The same bound as for YAML input: `terraform output -json` is kilobytes in practice. */
const MAX_TERRAFORM_OUTPUTS_BYTES = yaml_codec/* MAX_YAML_BYTES */.jl;
const NOT_FOUND_HINT = 'write it with `terraform output -json > outputs.json` in the Terraform configuration, then pass its path';
/**
 * Reads `terraform output -json` from a file: checked to exist and to be
 * within the size bound before it is read; UTF-8 (a BOM is dropped) or the
 * UTF-16 that Windows PowerShell's `>` writes.
 */
async function readTerraformOutputs(path) {
    const bytes = await readInputFile(path, {
        limit: MAX_TERRAFORM_OUTPUTS_BYTES,
        what: 'Terraform outputs file',
        hint: NOT_FOUND_HINT,
        tooLargeHint: 'pass the output of `terraform output -json`, not a state file',
    });
    return parseTerraformOutputs(decodeText(bytes, path), path);
}
function decodeText(bytes, file) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* MmfError */.H0('E_INPUT_INVALID', 'is not UTF-8 text', {
            file,
            hint: 'write it with `terraform output -json > outputs.json` (UTF-8)',
        });
    }
}

;// CONCATENATED MODULE: ./actions/infra/infra-config.ts




/**
 * `mmf infra config` end to end: check the names, read and plan (nothing is
 * written when the input is bad), then write the tree atomically.
 */
async function writeInfraConfig(options) {
    const name = options.name ?? DEFAULT_INFRA_NAME;
    const namespace = options.namespace;
    checkInfraNames({ name, ...(namespace !== undefined ? { namespace } : {}) });
    const outputs = await readTerraformOutputs(options.terraformOutputs);
    const secretCount = outputs.filter((o) => o.sensitive).length;
    options.log.info(`Read ${outputs.length} Terraform outputs from ${options.terraformOutputs} (${secretCount} marked sensitive)`);
    const plan = planInfraConfig(outputs, {
        source: (0,external_node_path_.basename)(options.terraformOutputs),
        file: options.terraformOutputs,
        name,
        ...(namespace !== undefined ? { namespace } : {}),
    });
    await (0,staged_output/* withStagedOutput */.C3)(options.output, { force: Boolean(options.force), keep: [options.terraformOutputs] }, (staged) => staged.write(plan.files));
    for (const warning of plan.report.warnings)
        options.log.warn(warning);
    for (const s of plan.report.skipped)
        options.log.warn(`skipped ${s.output}: ${s.reason}`);
    return { output: options.output, report: plan.report };
}

;// CONCATENATED MODULE: ./actions/infra/run-infra-command.ts




/** A few lines for the terminal: names and counts only. */
function formatInfraSummary({ output, report }) {
    const lines = [`Wrote ${report.files.length} files to ${output}:`];
    lines.push(`  cluster.yaml: ${report.cluster.fields.length} fields`);
    if (report.configMap)
        lines.push(`  kustomization.yaml: ConfigMap ${report.configMap.name} (${report.configMap.keys.length} keys)`);
    if (report.secret)
        lines.push(`  kustomization.yaml: Secret ${report.secret.name} (${report.secret.keys.length} keys) from ${report.secret.files.join(', ')} (git-ignored)`);
    if (report.serviceAccounts.length)
        lines.push(`  irsa/: ${report.serviceAccounts.length} ServiceAccount role ARNs`);
    if (report.skipped.length)
        lines.push(`  skipped: ${report.skipped.map((s) => s.output).join(', ')}`);
    lines.push(`  report: ${output}/INFRA_CONFIG_REPORT.md`);
    return lines.join('\n') + '\n';
}
/** What `mmf infra config` does once its flags are parsed (cli.ts loads this only when it runs). */
async function runInfraConfigCommand(flags, cmd, io, state) {
    const result = await writeInfraConfig({
        terraformOutputs: flags.terraformOutputs,
        output: flags.output,
        name: flags.name,
        ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
        force: Boolean(flags.force),
        log: (0,tool_flags/* stderrLogger */.D7)(io),
    });
    (0,report_output/* printOutput */.jP)(io, state, (0,help/* commandPath */.pM)(cmd), { result: result.report, exitCode: 0, text: () => formatInfraSummary(result) }, flags);
}


/***/ }),

/***/ 8446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ safeStem),
/* harmony export */   e: () => (/* binding */ FileNamer)
/* harmony export */ });
/** A safe file-name stem: lower-case, [a-z0-9._-] only, never "." or "..". */
function safeStem(text) {
    const stem = text
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '_')
        .replace(/^[._]+/, '');
    return (stem || 'unnamed').slice(0, 120);
}
/**
 * Hands out `<kind>-<name>.yaml` names that are unique within one folder,
 * adding the namespace, then the group, then a counter when names collide.
 * Deterministic for the same sequence of requests.
 */
class FileNamer {
    suffix;
    used = new Set();
    constructor(suffix = '.yaml') {
        this.suffix = suffix;
    }
    nameFor(id, prefix = '') {
        const kind = safeStem(id.kind);
        const candidates = [
            `${prefix}${kind}-${safeStem(id.name)}`,
            `${prefix}${kind}-${safeStem(id.name)}-${safeStem(id.namespace || 'cluster')}`,
            `${prefix}${kind}-${safeStem(id.name)}-${safeStem(id.namespace || 'cluster')}-${safeStem(id.group || 'core')}`,
        ];
        for (const stem of candidates)
            if (this.claim(stem))
                return stem + this.suffix;
        for (let n = 2;; n++)
            if (this.claim(`${candidates[2]}-${n}`))
                return `${candidates[2]}-${n}${this.suffix}`;
    }
    claim(stem) {
        if (this.used.has(stem))
            return false;
        this.used.add(stem);
        return true;
    }
}


/***/ }),

/***/ 5716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ manifestYaml),
/* harmony export */   FJ: () => (/* binding */ isKustomizationFileName),
/* harmony export */   Pn: () => (/* binding */ kustomizationYaml),
/* harmony export */   Pw: () => (/* binding */ kustomizationHeader),
/* harmony export */   YU: () => (/* binding */ KUSTOMIZATION_FILE_NAMES),
/* harmony export */   Yx: () => (/* binding */ deploymentPatch),
/* harmony export */   Zn: () => (/* binding */ selectorLabels),
/* harmony export */   hm: () => (/* binding */ serviceAnnotationPatch)
/* harmony export */ });
/* unused harmony exports KUSTOMIZE_API, COMPONENT_API */
/* harmony import */ var _yaml_codec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9441);

const KUSTOMIZE_API = 'kustomize.config.k8s.io/v1beta1';
const COMPONENT_API = 'kustomize.config.k8s.io/v1alpha1';
/** The file names kustomize accepts for a kustomization, in the order it looks for them. */
const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
function isKustomizationFileName(name) {
    return KUSTOMIZATION_FILE_NAMES.includes(name);
}
/** apiVersion and kind of a kustomization (or a Component), first in every file we write. */
function kustomizationHeader(kind = 'Kustomization') {
    return { apiVersion: kind === 'Component' ? COMPONENT_API : KUSTOMIZE_API, kind };
}
/** kustomization.yaml text for an overlay (Kustomization) or a Component, with a comment header. */
function kustomizationYaml(kind, fields, header = []) {
    const doc = { ...kustomizationHeader(kind) };
    if (fields.namespace)
        doc.namespace = fields.namespace;
    if (fields.resources?.length)
        doc.resources = [...fields.resources];
    if (fields.images?.length)
        doc.images = fields.images.map((i) => ({ ...i }));
    if (fields.replicas?.length)
        doc.replicas = fields.replicas.map((r) => ({ ...r }));
    if (fields.patches?.length)
        doc.patches = fields.patches.map((p) => p.target ? { path: p.path, target: { ...p.target } } : { path: p.path });
    return comment(header) + (0,_yaml_codec_js__WEBPACK_IMPORTED_MODULE_0__/* .toYaml */ .fE)(doc);
}
/** One object per file; several (a multi-document file) when given a list. */
function manifestYaml(objects, header = []) {
    return comment(header) + (Array.isArray(objects) ? (0,_yaml_codec_js__WEBPACK_IMPORTED_MODULE_0__/* .toYamlStream */ .pJ)(objects) : (0,_yaml_codec_js__WEBPACK_IMPORTED_MODULE_0__/* .toYaml */ .fE)(objects));
}
function comment(lines) {
    return lines.map((l) => (l ? `# ${l}\n` : '#\n')).join('');
}
/** The selector labels the generators assume on the service's pods and Service. */
function selectorLabels(name) {
    return { 'app.kubernetes.io/name': name };
}
/** A strategic-merge patch of a Deployment's pod template: labels, annotations and pod spec fields. */
function deploymentPatch(name, pod) {
    const metadata = {};
    if (pod.labels && Object.keys(pod.labels).length)
        metadata.labels = { ...pod.labels };
    if (pod.annotations && Object.keys(pod.annotations).length)
        metadata.annotations = { ...pod.annotations };
    const template = {};
    if (Object.keys(metadata).length)
        template.metadata = metadata;
    if (pod.spec && Object.keys(pod.spec).length)
        template.spec = pod.spec;
    return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name }, spec: { template } };
}
/** A strategic-merge patch adding annotations to a Service. */
function serviceAnnotationPatch(name, annotations) {
    return { apiVersion: 'v1', kind: 'Service', metadata: { name, annotations: { ...annotations } } };
}


/***/ }),

/***/ 6485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ isDns1123Subdomain),
/* harmony export */   SG: () => (/* binding */ assertDnsLabel),
/* harmony export */   Tg: () => (/* binding */ environmentCaseClash),
/* harmony export */   Y1: () => (/* binding */ toDns1123Label),
/* harmony export */   z3: () => (/* binding */ isDns1123Label)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);

/** An RFC 1123 label: what Kubernetes accepts for namespaces and most object names. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
const MAX_LABEL = 63;
function isDns1123Label(name, maxLength = MAX_LABEL) {
    return name.length <= maxLength && DNS1123_LABEL.test(name);
}
function isDns1123Subdomain(name) {
    return name.length <= 253 && DNS1123_SUBDOMAIN.test(name);
}
/** Best-effort repair: lower case, other characters to "-", trimmed; undefined when nothing is left. */
function toDns1123Label(text, maxLength = MAX_LABEL) {
    const fixed = text
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .slice(0, maxLength)
        .replace(/^-+|-+$/g, '');
    return fixed && DNS1123_LABEL.test(fixed) ? fixed : undefined;
}
/**
 * Checks a name used as a Kubernetes object name, label value and folder
 * name (E_NAME_INVALID naming `what`, with a corrected suggestion). Service
 * names are stricter (RFC 1035: they start with a letter).
 */
function assertDnsLabel(value, what, kind = 'label', maxLength = MAX_LABEL) {
    const problem = value.length === 0
        ? 'is empty'
        : value.length > maxLength
            ? `is ${value.length} characters long (at most ${maxLength})`
            : !DNS1123_LABEL.test(value)
                ? 'may hold only lower-case letters, digits and "-", and must start and end with a letter or digit'
                : kind === 'service' && !/^[a-z]/.test(value)
                    ? 'must start with a letter (Service names are RFC 1035 labels)'
                    : undefined;
    if (!problem)
        return;
    const suggestion = toDns1123Label(value, maxLength)?.replace(kind === 'service' ? /^[^a-z]+/ : /^$/, '');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_NAME_INVALID', `${what} "${JSON.stringify(value).slice(1, -1)}" ${problem}`, {
        hint: `use a DNS-1123 label${suggestion ? ` such as ${suggestion}` : ''}`,
    });
}
/** Environment names that differ only in case would share one overlays/ folder on macOS and Windows. */
function environmentCaseClash(first, second) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_ENV_NAME', `environment names "${first}" and "${second}" differ only in case: on macOS and Windows they would be one overlays/ folder`, { hint: 'give every environment a name that differs in more than case, e.g. prod and prod-eu' });
}


/***/ }),

/***/ 8996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ isSecret),
/* harmony export */   $y: () => (/* binding */ secretKeysFile),
/* harmony export */   HA: () => (/* binding */ planSecretGenerator),
/* harmony export */   St: () => (/* binding */ SECRET_KEYS_DIR),
/* harmony export */   Zx: () => (/* binding */ decodeSecretData)
/* harmony export */ });
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2070);

function isSecret(resource) {
    return resource.id.group === '' && resource.id.kind === 'Secret';
}
/** Decoded Secret data: `data` (base64) merged with `stringData` (which wins), as raw bytes. */
function decodeSecretData(object) {
    const out = new Map();
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(object.data))
        for (const [k, v] of Object.entries(object.data))
            out.set(k, Buffer.from(typeof v === 'string' ? v : '', 'base64'));
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(object.stringData))
        for (const [k, v] of Object.entries(object.stringData))
            out.set(k, Buffer.from(v === null ? '' : String(v), 'utf8'));
    return out;
}
const SIMPLE_VALUE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;
/**
 * A secretGenerator that reproduces a rendered Secret exactly: same name (no
 * hash suffix), type, labels, annotations and data. Values go to an env file
 * when every value is one line of printable ASCII, otherwise one file per key.
 */
function planSecretGenerator(resource, stem) {
    const object = resource.object;
    const meta = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(object.metadata) ? object.metadata : {};
    const data = [...decodeSecretData(object)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const entry = { name: resource.id.name };
    // Explicit even under a `namespace:` field: patches of the same overlay match on it.
    if (resource.id.namespace)
        entry.namespace = resource.id.namespace;
    if (typeof object.type === 'string')
        entry.type = object.type;
    const files = [];
    const simple = data.every(([, v]) => SIMPLE_VALUE.test(v.toString('latin1')) && isUtf8(v));
    if (data.length === 0) {
        // a generator with no sources still yields an empty Secret
    }
    else if (simple) {
        const path = `secrets/${stem}.env`;
        files.push({
            path,
            content: Buffer.from(data.map(([k, v]) => `${k}=${v.toString('utf8')}\n`).join(''), 'utf8'),
        });
        entry.envs = [path];
    }
    else {
        entry.files = data.map(([k]) => `${k}=secrets/${stem}/${k}`);
        for (const [k, v] of data)
            files.push({ path: `secrets/${stem}/${k}`, content: v });
    }
    const options = { disableNameSuffixHash: true };
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(meta.labels) && Object.keys(meta.labels).length)
        options.labels = meta.labels;
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(meta.annotations) && Object.keys(meta.annotations).length)
        options.annotations = meta.annotations;
    if (object.immutable === true)
        options.immutable = true;
    entry.options = options;
    return {
        entry,
        files,
        keys: data.map(([name, v]) => ({ name, bytes: v.length })),
        removeType: typeof object.type !== 'string',
    };
}
function isUtf8(buffer) {
    return Buffer.from(buffer.toString('utf8'), 'utf8').equals(buffer);
}
/** Tracked folder beside `secrets/` listing each Secret's keys without values. */
const SECRET_KEYS_DIR = 'secrets.example';
/**
 * `secrets.example/<name>.env`: the keys a git-ignored Secret file must hold,
 * with empty values, so people (and CI) know what to provide.
 */
function secretKeysFile(secretName, keys) {
    return [
        `# Keys of Secret ${secretName}. Put the values in ../secrets/ (git-ignored) or provide the Secret from your secret store.`,
        ...keys.map((k) => `${k.name}=`),
        '',
    ].join('\n');
}


/***/ }),

/***/ 9441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ KUBERNETES_YAML_OPTIONS),
  ap: () => (/* binding */ MAX_YAML_ALIASES),
  jl: () => (/* binding */ MAX_YAML_BYTES),
  v: () => (/* binding */ parseYamlDocuments),
  fE: () => (/* binding */ toYaml),
  pJ: () => (/* binding */ toYamlStream),
  FJ: () => (/* binding */ yamlLineCount)
});

// UNUSED EXPORTS: libraryYaml

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
;// CONCATENATED MODULE: ./actions/kernel/yaml-fast-writer.ts
/**
 * A fast path of toYaml for the plain data we write: maps, lists, numbers,
 * booleans, null and strings, laid out exactly as the `yaml` library lays
 * them out with toYaml's options (YAML 1.1, no line folding, lists not
 * indented under their key). Anything it does not write the same way for
 * certain (control characters, both quote kinds in one string, keys over
 * 1024 characters, document markers, indentation indicators, kept trailing
 * newlines, non-plain objects) makes it give up, and toYaml uses the library.
 * test/kernel/yaml/yaml-fast-writer.test.ts compares the two on every kind of value.
 */
/** Implicit YAML 1.1 types: a plain string that matches one of these must be quoted to stay a string. */
const YAML11_NOT_STRING = [
    /^(?:~|[Nn]ull|NULL)?$/,
    /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    /^[-+]?0b[0-1_]+$/,
    /^[-+]?0[0-7_]+$/,
    /^[-+]?[0-9][0-9_]*$/,
    /^[-+]?0x[0-9a-fA-F_]+$/,
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
];
/** Where a plain scalar would be read as something else, or not be valid: the library quotes these. */
const NEEDS_QUOTES = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
/** Strings YAML 1.2 reads as numbers but 1.1 does not: toYaml double-quotes them for YAML 1.2 readers. */
const YAML12_ONLY_NUMBER = /^[-+]?0o[0-7_]+$/;
class Unsupported extends Error {
}
const unsupported = () => {
    throw new Unsupported();
};
function quoted(value) {
    if (value.includes('\\'))
        unsupported();
    const double = value.includes('"');
    const single = value.includes("'");
    if (double && single)
        unsupported();
    return double ? `'${value}'` : `"${value}"`;
}
/** A single-line string, as a value or (implicitKey) as a key. */
function scalarString(value, implicitKey) {
    if (CONTROL.test(value))
        unsupported();
    if (!implicitKey && YAML12_ONLY_NUMBER.test(value))
        return quoted(value);
    if (NEEDS_QUOTES.test(value))
        return keyChecked(quoted(value), implicitKey);
    if (DOCUMENT_MARKER.test(value))
        unsupported();
    return keyChecked(YAML11_NOT_STRING.some((re) => re.test(value)) ? quoted(value) : value, implicitKey);
}
/** The library writes keys longer than 1024 characters as explicit `? key` entries. */
function keyChecked(written, implicitKey) {
    return implicitKey && written.length > 1024 ? unsupported() : written;
}
/** A multi-line string as a block literal whose content lines start at `indent`. */
function blockLiteral(value, indent) {
    if (CONTROL.test(value) || /\n[\t ]+$/.test(value) || DOCUMENT_MARKER.test(value))
        unsupported();
    if (/^[\n\t ]/.test(value) || /\n\n$/.test(value) || /[\t ]$/.test(value))
        unsupported();
    const clip = value.endsWith('\n');
    const body = clip ? value.slice(0, -1) : value;
    return `|${clip ? '' : '-'}\n${body.replace(/^(?=.)/gm, indent)}`;
}
function scalar(value, indent) {
    if (value === null)
        return 'null';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'bigint')
        return String(value);
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            unsupported();
        return Object.is(value, -0) ? '-0' : JSON.stringify(value);
    }
    if (typeof value === 'string')
        return value.includes('\n') ? blockLiteral(value, indent) : scalarString(value, false);
    return unsupported();
}
function isPlainObject(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
/** Lines of a value that sits after `key:` or `- ` at nesting `indent`. */
function node(value, indent, out, lead) {
    if (Array.isArray(value)) {
        if (value.length === 0) {
            out.push(`${lead}[]`);
            return;
        }
        value.forEach((item, i) => {
            if (item === undefined)
                unsupported();
            // The first item continues the line that introduced the list (`- - a`).
            const prefix = i === 0 && lead !== indent ? lead : indent;
            item_(item, indent, out, `${prefix}- `);
        });
        return;
    }
    if (isPlainObject(value)) {
        const entries = Object.entries(value);
        if (entries.length === 0) {
            out.push(`${lead}{}`);
            return;
        }
        entries.forEach(([key, child], i) => {
            if (child === undefined)
                unsupported();
            const prefix = i === 0 ? lead : indent;
            const k = `${prefix}${key.includes('\n') ? unsupported() : scalarString(key, true)}:`;
            pairValue(child, indent, out, k);
        });
        return;
    }
    out.push(`${lead}${scalar(value, indent)}`);
}
function pairValue(child, indent, out, keyLine) {
    if (Array.isArray(child) && child.length) {
        out.push(keyLine);
        node(child, indent, out, indent);
    }
    else if (isPlainObject(child) && Object.keys(child).length) {
        out.push(keyLine);
        node(child, `${indent}  `, out, `${indent}  `);
    }
    else {
        out.push(`${keyLine} ${emptyOrScalar(child, `${indent}  `)}`);
    }
}
function emptyOrScalar(value, indent) {
    if (Array.isArray(value))
        return '[]';
    if (isPlainObject(value))
        return '{}';
    return scalar(value, indent);
}
/** A list item: its content is indented two past the dash. */
function item_(item, indent, out, dash) {
    const inner = `${indent}  `;
    if ((Array.isArray(item) && item.length) || (isPlainObject(item) && Object.keys(item).length))
        node(item, inner, out, dash);
    else
        out.push(`${dash}${emptyOrScalar(item, inner)}`);
}
/** toYaml's output for `value`, or undefined when only the library can say it exactly. */
function fastYaml(value) {
    try {
        const out = [];
        if (Array.isArray(value) || isPlainObject(value))
            node(value, '', out, '');
        else if (typeof value === 'string' && value.includes('\n'))
            return undefined;
        else
            out.push(scalar(value, ''));
        return out.join('\n') + '\n';
    }
    catch (err) {
        if (err instanceof Unsupported)
            return undefined;
        throw err;
    }
}

;// CONCATENATED MODULE: ./actions/kernel/yaml-codec.ts



/** Aliases allowed in one document: plenty for real charts, far too few for an alias bomb. */
const MAX_YAML_ALIASES = 1000;
const MAX_YAML_BYTES = 64 * 1024 * 1024;
/** YAML 1.1 like the Kubernetes readers (yes/on are booleans); timestamps stay strings as for untyped Go values. */
const KUBERNETES_YAML_OPTIONS = {
    version: '1.1',
    customTags: (tags) => tags.filter((t) => t !== 'timestamp' && (typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp')),
    uniqueKeys: false,
};
// Plain values: integers beyond 2^53 stay exact (see unshare).
const yaml11 = {
    ...KUBERNETES_YAML_OPTIONS,
    intAsBigInt: true,
};
/**
 * A plain copy: aliases no longer share objects (so editing one place cannot
 * change another), and integers are numbers unless beyond 2^53.
 */
function unshare(value) {
    if (typeof value === 'bigint') {
        return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
            ? Number(value)
            : value;
    }
    if (Array.isArray(value))
        return value.map(unshare);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unshare(v)]));
    }
    return value;
}
/** Parses a multi-document YAML stream into plain values; empty documents are skipped. */
function parseYamlDocuments(text, origin) {
    if (Buffer.byteLength(text) > MAX_YAML_BYTES) {
        throw new errors/* MmfError */.H0('E_INPUT_TOO_LARGE', `larger than ${MAX_YAML_BYTES} bytes`, { file: origin });
    }
    const docs = (0,dist/* parseAllDocuments */.hR)(text, yaml11);
    const out = [];
    for (const doc of Array.isArray(docs) ? docs : [docs]) {
        const error = doc.errors[0];
        if (error) {
            const pos = error.linePos?.[0];
            const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
            const cause = firstLine(error.message)
                .replace(/ at line \d+, column \d+:?$/, '')
                .replace(/:$/, '');
            throw new errors/* MmfError */.H0('E_VALUES_YAML', `invalid YAML${where}: ${cause}`, { file: origin });
        }
        let value;
        try {
            value = unshare(doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }));
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            if (/alias/i.test(message)) {
                throw new errors/* MmfError */.H0('E_YAML_ALIASES', `refusing to expand more than ${MAX_YAML_ALIASES} YAML aliases`, {
                    file: origin,
                    hint: 'the file looks like a YAML alias bomb; remove the nested aliases',
                });
            }
            throw new errors/* MmfError */.H0('E_VALUES_YAML', `invalid YAML: ${firstLine(message)}`, { file: origin });
        }
        if (value === null || value === undefined)
            continue;
        const comment = doc.commentBefore ??
            doc.contents?.commentBefore ??
            undefined;
        out.push(comment ? { value: value, comment } : { value: value });
    }
    return out;
}
/** Deterministic YAML for files we write; strings that YAML 1.1 would misread are quoted. */
function toYaml(value) {
    // The fast writer gives up on anything it cannot write exactly as the library does.
    return fastYaml(value) ?? libraryYaml(value);
}
/** toYaml written by the `yaml` library itself. */
function libraryYaml(value) {
    return (0,dist/* stringify */.As)(quoteYaml12Numbers(value), {
        version: '1.1',
        lineWidth: 0,
        aliasDuplicateObjects: false,
        indentSeq: false,
    });
}
/**
 * How many lines toYaml(value) takes, without writing it: a pair or list item
 * per line, an empty collection inline, a multi-line string as a block
 * literal. Exact for what patches hold; used to pick the smaller of two
 * patches without serialising both.
 */
function yamlLineCount(value) {
    if (Array.isArray(value)) {
        if (value.length === 0)
            return 1;
        let n = 0;
        for (const item of value)
            n += yamlLineCount(item);
        return n;
    }
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value);
        if (entries.length === 0)
            return 1;
        let n = 0;
        for (const [, child] of entries)
            n += nestedCollection(child) ? 1 + yamlLineCount(child) : yamlLineCount(child);
        return n;
    }
    if (typeof value === 'string' && value.includes('\n')) {
        // Quoted, with its line breaks folded: rare enough to write it out and count.
        if (QUOTED_MULTILINE.test(value) || /\n[\t ]+$/.test(value)) {
            const text = toYaml(value);
            return text.split('\n').length - 1;
        }
        // A block literal: its header, then the lines of the text (a final newline ends the last one).
        const body = value.endsWith('\n') ? value.slice(0, -1) : value;
        return 1 + body.split('\n').length;
    }
    return 1;
}
/** Characters that make the YAML writer double-quote a string instead of writing a block literal. */
// eslint-disable-next-line no-control-regex
const QUOTED_MULTILINE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
function nestedCollection(value) {
    if (Array.isArray(value))
        return value.length > 0;
    return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}
/** Strings YAML 1.2 reads as numbers but 1.1 does not (0o17): quoted, for readers such as kustomize's. */
const yaml_codec_YAML12_ONLY_NUMBER = /^[-+]?0o[0-7_]+$/;
function quoteYaml12Numbers(value) {
    if (typeof value === 'string' && yaml_codec_YAML12_ONLY_NUMBER.test(value)) {
        const scalar = new dist/* Scalar */.X5(value);
        scalar.type = 'QUOTE_DOUBLE';
        return scalar;
    }
    // Copied only where something below is quoted: most documents come back as they are.
    if (Array.isArray(value)) {
        let out;
        value.forEach((item, i) => {
            const quoted = quoteYaml12Numbers(item);
            if (quoted !== item)
                (out ??= [...value])[i] = quoted;
        });
        return out ?? value;
    }
    if (value && typeof value === 'object' && !(value instanceof dist/* Scalar */.X5)) {
        let out;
        for (const [k, v] of Object.entries(value)) {
            const quoted = quoteYaml12Numbers(v);
            if (quoted !== v)
                (out ??= { ...value })[k] = quoted;
        }
        return out ?? value;
    }
    return value;
}
/** Several documents separated by `---`. */
function toYamlStream(values) {
    return values.map(toYaml).join('---\n');
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}


/***/ }),

/***/ 2972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   a: () => (/* binding */ realPathOrAncestor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Whether `path` is `folder` itself or lies below it (both absolute, compared as written). */
function isInside(path, folder) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(folder, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * The real path of `path`, or of its nearest existing ancestor joined with
 * the rest when it does not exist yet (an output folder about to be created).
 */
async function realPathOrAncestor(path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const missing = [];
    let cur = abs;
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(cur), ...missing);
        }
        catch {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(cur);
            if (parent === cur)
                return abs;
            missing.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, cur));
            cur = parent;
        }
    }
}


/***/ }),

/***/ 149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ removeTreeSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * Removes a folder synchronously, for exit and signal handlers. A write that
 * the thread pool was already running when the signal came can land after
 * the removal scanned a folder; each such file makes the removal fail (or
 * recreates the folder), so it is retried until the folder is gone.
 */
function removeTreeSync(path, attempts = 5) {
    for (let attempt = 1;; attempt++) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { recursive: true, force: true, maxRetries: 3, retryDelay: 10 });
        }
        catch (err) {
            if (attempt >= attempts)
                throw err;
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || attempt >= attempts)
            return;
        Atomics.wait(pause, 0, 0, 10 * attempt);
    }
}


/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cf: () => (/* binding */ onExit),
/* harmony export */   yH: () => (/* binding */ trackChild)
/* harmony export */ });
/* unused harmony export runExitCleanups */
const cleanups = new Set();
const children = new Set();
let installed = false;
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
/**
 * Runs every registered cleanup now. The process does it at exit by itself;
 * a test runner whose sandbox never sees the real `exit` event calls it.
 */
function runExitCleanups() {
    runCleanups();
}
function runCleanups() {
    for (const cleanup of [...cleanups].reverse()) {
        cleanups.delete(cleanup);
        try {
            cleanup();
        }
        catch {
            // best effort: the next cleanup still runs
        }
    }
}
function install() {
    if (installed)
        return;
    installed = true;
    process.on('exit', runCleanups);
    for (const signal of Object.keys(SIGNAL_EXIT)) {
        process.on(signal, () => {
            for (const child of children)
                child.kill('SIGKILL');
            const pending = cleanups.size;
            runCleanups();
            process.stderr.write(`interrupted by ${signal}: stopped${pending ? '; temporary and staging folders removed, nothing was written' : ''}\n`);
            process.exit(SIGNAL_EXIT[signal]);
        });
    }
}
/** Runs `cleanup` (synchronous) at exit or on SIGINT/SIGTERM; the returned function unregisters it. */
function onExit(cleanup) {
    install();
    cleanups.add(cleanup);
    return () => void cleanups.delete(cleanup);
}
/** A child process that SIGINT/SIGTERM must stop before the process exits. */
function trackChild(child) {
    install();
    children.add(child);
    child.once('close', () => children.delete(child));
    child.once('error', () => children.delete(child));
}


/***/ })

};
