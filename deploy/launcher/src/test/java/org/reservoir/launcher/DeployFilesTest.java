package org.reservoir.launcher;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deploy/ files nobody runs in CI (no Docker engine, no cluster): the Kubernetes base renders and its pods can
 * start (every Secret and ConfigMap they need is documented), shut down gracefully and fit their memory limit; the
 * Compose file and the Keycloak realm are consistent; the Maven Wrapper fetches Maven by itself.
 */
class DeployFilesTest {

    static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();
    static final Path DEPLOY = ROOT.resolve("deploy");
    static final List<String> SERVICES = List.of("recruitment-service", "assessment-service", "training-service", "reporting-service");
    /** The Reservoir roles (infrastructure security/Roles). */
    static final Set<String> ROLES = Set.of("county-admin", "township-officer", "reviewer", "assessor", "mentor", "viewer", "service", "reserve");
    /** Native memory a JVM uses beyond the bounded areas: GC structures, symbols, class data sharing, malloc arenas. */
    static final long JVM_OVERHEAD_MIB = 80;
    static final int THREADS = 200;

    @Test
    void kubernetesDeploymentsProbeStartupShutDownGracefullyAndFitTheirMemoryLimit() throws Exception {
        List<Map<String, Object>> docs = renderKustomization();
        List<Map<String, Object>> deployments = docs.stream().filter(d -> "Deployment".equals(d.get("kind"))).toList();
        assertEquals(Set.copyOf(SERVICES), deployments.stream().map(d -> str(path(d, "metadata", "name"))).collect(Collectors.toSet()));

        long jvmMiB = jvmBudgetMiB(dockerfileJavaOpts());
        Duration shutdownTimeout = Duration.parse("PT" + sharedConfig().getProperty("quarkus.shutdown.timeout").toUpperCase());
        for (Map<String, Object> deployment : deployments) {
            String name = str(path(deployment, "metadata", "name"));
            Map<String, Object> pod = map(path(deployment, "spec", "template", "spec"));
            Map<String, Object> container = map(list(pod.get("containers")).get(0));

            assertEquals("/q/health/started", path(container, "startupProbe", "httpGet", "path"), name);
            assertEquals("/q/health/ready", path(container, "readinessProbe", "httpGet", "path"), name);
            assertEquals("/q/health/live", path(container, "livenessProbe", "httpGet", "path"), name);

            List<Object> preStop = list(path(container, "lifecycle", "preStop", "exec", "command"));
            assertEquals("sleep", preStop.get(0), name + " preStop");
            long preStopSeconds = Long.parseLong(str(preStop.get(1)));
            long grace = ((Number) pod.get("terminationGracePeriodSeconds")).longValue();
            assertTrue(preStopSeconds + shutdownTimeout.toSeconds() < grace,
                    name + ": preStop " + preStopSeconds + " s + shutdown timeout " + shutdownTimeout + " must end before the grace period " + grace + " s");

            long limitMiB = mebibytes(str(path(container, "resources", "limits", "memory")));
            assertTrue(jvmMiB <= limitMiB, name + ": the JVM may use " + jvmMiB + " MiB, the limit is " + limitMiB + " MiB");
            assertEquals(limitMiB, mebibytes(str(path(container, "resources", "requests", "memory"))),
                    name + ": request = limit, so the scheduler reserves what the JVM will use");

            Map<String, Object> env = env(container);
            assertEquals("true", env.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"), name + " logs JSON in the cluster");
        }
    }

    @Test
    void everySecretAndConfigMapThePodsNeedIsDocumented() throws Exception {
        String readme = Files.readString(DEPLOY.resolve("README.md"));
        Set<String> needed = new HashSet<>();
        for (Map<String, Object> doc : renderKustomization()) {
            if ("Deployment".equals(doc.get("kind"))) {
                Map<String, Object> container = map(list(path(doc, "spec", "template", "spec", "containers")).get(0));
                for (Object e : list(container.get("env"))) {
                    Map<String, Object> from = map(map(e).get("valueFrom"));
                    for (String ref : List.of("secretKeyRef", "configMapKeyRef")) {
                        if (from != null && from.get(ref) != null && !Boolean.TRUE.equals(map(from.get(ref)).get("optional"))) {
                            needed.add(str(map(from.get(ref)).get("name")));
                        }
                    }
                }
            }
        }
        assertTrue(needed.contains("recruitment-service-pii"), needed.toString());
        for (String name : needed) {
            assertTrue(readme.contains(name), "deploy/README.md must say how to create " + name);
        }
        assertTrue(readme.matches("(?s).*create secret generic recruitment-service-pii.*--from-literal=hash-key=.*--from-literal=encryption-key=.*"),
                "the README's Kubernetes steps create recruitment-service-pii with both keys");
    }

    @Test
    void composeRunsKeycloakWithTheRealmAndPointsTheServicesAtIt() throws Exception {
        Map<String, Object> compose = map(new Yaml().load(Files.readString(DEPLOY.resolve("compose/compose.yaml"))));
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Object> keycloak = map(services.get("keycloak"));
        assertNotNull(keycloak, "a keycloak service");
        assertTrue(list(keycloak.get("command")).contains("--import-realm"));
        Map<String, Object> realmMount = list(keycloak.get("volumes")).stream().map(DeployFilesTest::map)
                .filter(v -> str(v.get("target")).startsWith("/opt/keycloak/data/import/")).findFirst().orElseThrow();
        assertTrue(Files.isRegularFile(DEPLOY.resolve("compose").resolve(str(realmMount.get("source")))), "the realm file exists");

        for (String service : SERVICES) {
            Map<String, Object> s = map(services.get(service));
            Map<String, Object> env = map(s.get("environment"));
            assertTrue(str(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION")).contains("http://keycloak:8080/realms/reservoir/protocol/openid-connect/certs"), service);
            assertTrue(str(env.get("MP_JWT_VERIFY_ISSUER")).contains("/realms/reservoir"), service);
            assertTrue(str(env.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED")).contains("true"), service);
            assertNotNull(s.get("stop_grace_period"), service + " waits for requests in flight");
        }
        String hostname = str(env(keycloak).get("KC_HOSTNAME"));
        assertTrue(str(map(map(services.get("recruitment-service")).get("environment")).get("MP_JWT_VERIFY_ISSUER")).contains(hostname + "/realms/reservoir"),
                "the expected issuer is the one Keycloak writes into its tokens");
        if (compose.containsKey("name")) {
            assertTrue(Files.readString(DEPLOY.resolve("README.md")).contains("Compose v2"), "the name: key needs Compose v2: say so");
        }
    }

    @Test
    void keycloakRealmIssuesTheReservoirRolesAndClaims() throws Exception {
        Map<String, Object> realm = map(new Yaml().load(Files.readString(DEPLOY.resolve("compose/keycloak/reservoir-realm.json"))));
        assertEquals("reservoir", realm.get("realm"));
        Set<String> roles = list(path(realm, "roles", "realm")).stream().map(r -> str(map(r).get("name"))).collect(Collectors.toSet());
        assertEquals(ROLES, roles);

        Map<String, Object> scope = list(realm.get("clientScopes")).stream().map(DeployFilesTest::map)
                .filter(s -> "reservoir".equals(s.get("name"))).findFirst().orElseThrow();
        Map<String, Map<String, Object>> mappers = list(scope.get("protocolMappers")).stream().map(DeployFilesTest::map)
                .collect(Collectors.toMap(m -> str(map(m.get("config")).get("claim.name")), m -> m));
        assertEquals("oidc-usermodel-realm-role-mapper", mappers.get("groups").get("protocolMapper"));
        assertEquals("true", map(mappers.get("groups").get("config")).get("multivalued"));
        for (String claim : List.of("region", "department")) {
            assertEquals("oidc-usermodel-attribute-mapper", mappers.get(claim).get("protocolMapper"), claim);
            assertEquals(claim, map(mappers.get(claim).get("config")).get("user.attribute"), claim);
            assertEquals("true", map(mappers.get(claim).get("config")).get("access.token.claim"), claim);
        }
        for (Object c : list(realm.get("clients"))) {
            assertTrue(list(map(c).get("defaultClientScopes")).contains("reservoir"), str(map(c).get("clientId")));
            assertTrue(str(map(c).get("secret")).startsWith("${"), "client secrets come from the environment");
        }
        // Users must not change their own jurisdiction: region and department are editable by admins only.
        String profile = str(list(path(map(list(path(realm, "components", "org.keycloak.userprofile.UserProfileProvider")).get(0)),
                "config", "kc.user.profile.config")).get(0));
        for (Object a : list(map(new Yaml().load(profile)).get("attributes"))) {
            Map<String, Object> attribute = map(a);
            if (Set.of("region", "department").contains(attribute.get("name"))) {
                assertEquals(List.of("admin"), path(attribute, "permissions", "edit"), str(attribute.get("name")));
            }
        }
    }

    @Test
    void mavenWrapperDownloadsMavenItself() throws Exception {
        Properties wrapper = new Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve(".mvn/wrapper/maven-wrapper.properties"))) {
            wrapper.load(in);
        }
        assertEquals("https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.11/apache-maven-3.9.11-bin.zip",
                wrapper.getProperty("distributionUrl"));
        assertTrue(wrapper.getProperty("distributionSha256Sum", "").matches("[0-9a-f]{64}"));
        String mvnw = Files.readString(ROOT.resolve("mvnw"));
        assertTrue(mvnw.contains("Apache Maven Wrapper startup"), "the standard wrapper script");
        assertFalse(mvnw.contains("command -v mvn"), "no installed Maven needed");
        assertTrue(Files.isExecutable(ROOT.resolve("mvnw")));
        assertTrue(Files.isRegularFile(ROOT.resolve("mvnw.cmd")));
    }

    // --- Dockerfile JVM options ------------------------------------------------------------------------------

    static String dockerfileJavaOpts() throws IOException {
        Matcher m = Pattern.compile("JAVA_OPTS=\"([^\"]*)\"").matcher(Files.readString(DEPLOY.resolve("Dockerfile")));
        assertTrue(m.find(), "JAVA_OPTS in deploy/Dockerfile");
        return m.group(1);
    }

    /** What the JVM can use at most with these options, in MiB: every area bounded, plus threads and a fixed overhead. */
    static long jvmBudgetMiB(String javaOpts) {
        long bytes = bytes(javaOpts, "-Xmx(\\S+)")
                + bytes(javaOpts, "-XX:MaxMetaspaceSize=(\\S+)")
                + bytes(javaOpts, "-XX:ReservedCodeCacheSize=(\\S+)")
                + bytes(javaOpts, "-XX:MaxDirectMemorySize=(\\S+)")
                + THREADS * bytes(javaOpts, "-Xss(\\S+)");
        return (bytes + (1 << 20) - 1) / (1 << 20) + JVM_OVERHEAD_MIB;
    }

    /** A JVM size option (k, m or g suffix) in bytes. */
    static long bytes(String javaOpts, String regex) {
        Matcher m = Pattern.compile(regex).matcher(javaOpts);
        assertTrue(m.find(), "JAVA_OPTS must bound " + regex + ": " + javaOpts);
        String v = m.group(1).toLowerCase();
        long n = Long.parseLong(v.replaceAll("[kmg]$", ""));
        return switch (v.charAt(v.length() - 1)) {
            case 'g' -> n << 30;
            case 'm' -> n << 20;
            case 'k' -> n << 10;
            default -> n;
        };
    }

    @Test
    void theImageRunsTheJvmFlagsTheLauncherRuns() throws IOException {
        List<String> image = List.of(dockerfileJavaOpts().split("\\s+"));
        for (String flag : ServiceProcess.JVM_FLAGS) {
            assertTrue(image.contains(flag), "deploy/Dockerfile JAVA_OPTS lacks the launcher's " + flag + ": " + image);
        }
        assertFalse(image.contains(ServiceProcess.LOCAL_JIT), "the image compiles with C2, for steady state");
    }

    @Test
    void jvmBudgetCountsEveryBoundedArea() {
        assertEquals(320 + 160 + 64 + 64 + 100 + JVM_OVERHEAD_MIB,
                jvmBudgetMiB("-Xms320m -Xmx320m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k"));
        assertEquals(1024 + 256 + 240 + 1024 + 200 + JVM_OVERHEAD_MIB,
                jvmBudgetMiB("-Xmx1g -XX:MaxMetaspaceSize=262144k -XX:ReservedCodeCacheSize=240m -XX:MaxDirectMemorySize=1g -Xss1m"));
    }

    static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        assertTrue(quantity.endsWith("Mi"), "memory quantities in Mi or Gi: " + quantity);
        return Long.parseLong(quantity.substring(0, quantity.length() - 2));
    }

    static Properties sharedConfig() throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve("infrastructure/src/main/resources/META-INF/microprofile-config.properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    // --- Kustomize ---------------------------------------------------------------------------------------------

    /** `kubectl kustomize` where kubectl is installed; otherwise the resources the kustomization lists, parsed. */
    static List<Map<String, Object>> renderKustomization() throws Exception {
        Path dir = DEPLOY.resolve("kubernetes");
        String yaml;
        if (onPath("kubectl")) {
            Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(true).start();
            yaml = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), "kubectl kustomize failed:\n" + yaml);
        } else {
            Map<String, Object> kustomization = map(new Yaml().load(Files.readString(dir.resolve("kustomization.yaml"))));
            StringBuilder all = new StringBuilder();
            for (Object resource : list(kustomization.get("resources"))) {
                all.append(Files.readString(dir.resolve(str(resource)))).append("\n---\n");
            }
            yaml = all.toString();
        }
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(new LoaderOptions()).loadAll(yaml)) {
            if (doc != null) {
                docs.add(map(doc));
            }
        }
        return docs;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    // --- YAML navigation -----------------------------------------------------------------------------------------

    /** A Kubernetes container's env list or a Compose service's environment map, as name -> value. */
    static Map<String, Object> env(Map<String, Object> container) {
        Object env = container.containsKey("env") ? container.get("env") : container.get("environment");
        if (env instanceof Map<?, ?> compose) {
            return map(compose);
        }
        Map<String, Object> values = new java.util.HashMap<>();
        for (Object e : list(env)) {
            Map<String, Object> entry = map(e);
            values.put(str(entry.get("name")), entry.get("value"));
        }
        return values;
    }

    static Object path(Object node, String... keys) {
        Object at = node;
        for (String key : keys) {
            assertTrue(at instanceof Map, "no " + key + " in " + at);
            at = ((Map<?, ?>) at).get(key);
        }
        return at;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
