package fi.tyollisyystalo.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import fi.tyollisyystalo.TyollisyystaloApplication;

/**
 * What the benchmark programs share: starting the whole application on a fresh embedded MariaDB and a
 * fresh Lucene index on disk, with the dev identity provider and the (idle) web server on free ports,
 * and ending the JVM afterwards; percentiles and the machine's description for the reports.
 */
final class BenchmarkSupport {

    /** The benchmark itself, given the started application and how long it took to start. */
    @FunctionalInterface
    interface Benchmark {
        void run(ConfigurableApplicationContext context, Duration startup) throws Exception;
    }

    private BenchmarkSupport() {
    }

    /**
     * Starts the application with the database in {@code dbDir} and the index in {@code indexDir} (both
     * emptied first), runs the benchmark and ends the JVM: 0 when it finished, 1 when anything failed.
     *
     * @param properties more application properties, {@code --name=value}; the demo data switch
     *                   ({@code --tyollisyystalo.demo-data.enabled}) must be among them
     */
    static void run(Path dbDir, Path indexDir, List<String> properties, Benchmark benchmark) {
        int code = 1;
        List<String> args = new ArrayList<>(List.of(
                "--tyollisyystalo.embedded-db.data-dir=" + dbDir,
                "--tyollisyystalo.embedded-db.fresh=true",
                "--tyollisyystalo.embedded-db.port=0",
                "--tyollisyystalo.dev-idp.port=0",
                // the dev mail server (notices) too: a running application holds the default port
                "--tyollisyystalo.dev-mail.port=0",
                // the security configuration needs Vaadin's web beans, so the context is a web one; its server
                // listens on a free port and gets no requests (calls are timed in-process, server side)
                "--server.port=0",
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.devmode.liveReload.enabled=false",
                "--spring.main.banner-mode=off",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + indexDir.toAbsolutePath()));
        args.addAll(properties);
        try {
            FileSystemUtils.deleteRecursively(indexDir);
            long started = System.nanoTime();
            try (ConfigurableApplicationContext context = new SpringApplication(TyollisyystaloApplication.class)
                    .run(args.toArray(String[]::new))) {
                benchmark.run(context, Duration.ofNanos(System.nanoTime() - started));
                code = 0;
            }
        } catch (Throwable e) {
            e.printStackTrace();
        } finally {
            // the embedded database and the dev identity provider keep threads alive: always end the JVM
            System.exit(code);
        }
    }

    /** Nearest-rank percentile of the values (ns). */
    static double percentile(long[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    static double ms(double nanos) {
        return nanos / 1e6;
    }

    static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }

    /** The machine's load as {@code uptime} shows it (1, 5 and 15 minutes), from {@code /proc/loadavg}. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void log(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
