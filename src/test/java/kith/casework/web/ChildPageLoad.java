package kith.casework.web;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import kith.support.FormSignIn;
import kith.support.PostgresCpu;
import kith.support.Wrk;

/**
 * Puts the child's page and the bare endpoint (the same SQL, nothing rendered) under the same load in the same
 * run, over loopback, as a signed-in social worker: a warm-up of each, then measured runs in the order bare,
 * page, page, bare, so that a machine getting busier or quieter during the run favours neither. Every request
 * of either kind writes one PERSON_VIEWED audit entry, which proves that it did the real work.
 */
final class ChildPageLoad {

    enum Endpoint {
        PAGE("child's page", "/people/"),
        BARE("bare endpoint", BareChildPage.PATH);

        final String label;
        final String path;

        Endpoint(String label, String path) {
            this.label = label;
            this.path = path;
        }
    }

    /**
     * One measured run: what wrk saw, the audit entries written meanwhile, the CPU that Kith (this JVM) and
     * PostgreSQL spent per request, and how busy the whole machine was (0 to 1: Kith, PostgreSQL, wrk and
     * whatever else runs on it).
     */
    record Run(Endpoint endpoint, Wrk.Figures figures, long audited, double appCpuMillisPerRequest,
            double postgresCpuMillisPerRequest, double machineBusy) {}

    /**
     * An endpoint's measured runs together: requests per second over all of them, and the worse run's
     * percentiles (percentiles of separate runs cannot be merged, and the worse is the fairer claim).
     */
    record Summary(Endpoint endpoint, long requests, double seconds, double p50, double p95, double p99,
            double appCpuMillisPerRequest, double postgresCpuMillisPerRequest, long bytesPerRequest) {

        static Summary of(Endpoint endpoint, List<Run> runs) {
            List<Run> mine = runs.stream().filter(run -> run.endpoint() == endpoint).toList();
            long requests = mine.stream().mapToLong(run -> run.figures().requests()).sum();
            double app = mine.stream().mapToDouble(run -> run.appCpuMillisPerRequest() * run.figures().requests()).sum();
            double postgres = mine.stream()
                    .mapToDouble(run -> run.postgresCpuMillisPerRequest() * run.figures().requests()).sum();
            return new Summary(endpoint, requests, mine.stream().mapToDouble(run -> run.figures().seconds()).sum(),
                    mine.stream().mapToDouble(run -> run.figures().p50()).max().orElse(0),
                    mine.stream().mapToDouble(run -> run.figures().p95()).max().orElse(0),
                    mine.stream().mapToDouble(run -> run.figures().p99()).max().orElse(0),
                    app / Math.max(1, requests), postgres / Math.max(1, requests),
                    mine.stream().mapToLong(run -> run.figures().bytes()).sum() / Math.max(1, requests));
        }

        double perSecond() {
            return requests / seconds;
        }

        /** What one request costs Kith and PostgreSQL together, whatever else the machine is doing. */
        double cpuMillisPerRequest() {
            return appCpuMillisPerRequest + postgresCpuMillisPerRequest;
        }
    }

    private static final List<Endpoint> MEASURED_ORDER = List.of(Endpoint.BARE, Endpoint.PAGE, Endpoint.PAGE, Endpoint.BARE);

    private final Wrk wrk;
    private final String base;
    private final Path work;
    private final List<UUID> children;
    private final LongSupplier viewsAudited;
    private final PostgresCpu postgres;

    /**
     * @param base         where Kith listens, like "http://127.0.0.1:8080"
     * @param work         a folder for wrk's input files
     * @param children     the children whose pages are asked for, in turn
     * @param viewsAudited how many PERSON_VIEWED audit entries there are
     * @param postgres     the CPU time PostgreSQL has used
     */
    ChildPageLoad(Wrk wrk, String base, Path work, List<UUID> children, LongSupplier viewsAudited,
            PostgresCpu postgres) {
        this.wrk = wrk;
        this.base = base;
        this.work = work;
        this.children = List.copyOf(children);
        this.viewsAudited = viewsAudited;
        this.postgres = postgres;
    }

    /** Signs in one session per wrk thread, warms both endpoints up, then measures them. */
    List<Run> run(Wrk.Load warmUp, Wrk.Load measured) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path cookies = work.resolve("cookies.txt");
        Files.write(cookies, signIn(Math.max(warmUp.threads(), measured.threads())));
        for (Endpoint endpoint : Endpoint.values()) {
            Files.write(paths(endpoint), children.stream().map(id -> endpoint.path + id).toList());
            checkAnswers(endpoint, Files.readAllLines(cookies).getFirst());
        }
        for (Endpoint endpoint : Endpoint.values()) {
            measure(endpoint, cookies, warmUp);
        }
        List<Run> runs = new ArrayList<>();
        for (Endpoint endpoint : MEASURED_ORDER) {
            runs.add(measure(endpoint, cookies, measured));
        }
        return runs;
    }

    private Run measure(Endpoint endpoint, Path cookies, Wrk.Load load) throws IOException, InterruptedException {
        long auditedBefore = viewsAudited.getAsLong();
        long appBefore = appCpuNanos();
        long postgresBefore = postgres.nanos();
        MachineCpu machineBefore = MachineCpu.now();
        Wrk.Figures figures = wrk.run(base, paths(endpoint), cookies, load);
        double busy = MachineCpu.now().busySince(machineBefore);
        double requests = Math.max(1, figures.requests());
        double app = (appCpuNanos() - appBefore) / 1e6 / requests;
        double database = (postgres.nanos() - postgresBefore) / 1e6 / requests;
        return new Run(endpoint, figures, viewsAudited.getAsLong() - auditedBefore, app, database, busy);
    }

    private Path paths(Endpoint endpoint) {
        return work.resolve(endpoint.name().toLowerCase() + "-paths.txt");
    }

    /** A signed-in session for each wrk thread, as Cookie header values, one a line. */
    private List<String> signIn(int sessions) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            cookies.add(FormSignIn.signIn(http, base, "social.worker").cookie());
        }
        return cookies;
    }

    /**
     * wrk counts a redirect to the sign-in page as a success: so check, before loading, that the session opens
     * the page (200, with the chronology) and the bare endpoint (204).
     */
    private void checkAnswers(Endpoint endpoint, String cookie) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + endpoint.path + children.getFirst())).header("Cookie", cookie)
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());
        boolean right = endpoint == Endpoint.PAGE
                ? response.statusCode() == 200 && response.body().contains("Latest in the chronology")
                : response.statusCode() == 204;
        if (!right) {
            throw new IllegalStateException("The %s answered %d".formatted(endpoint.label, response.statusCode()));
        }
    }

    private static long appCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The machine's CPU time counters from /proc/stat, in clock ticks. */
    private record MachineCpu(long busy, long total) {

        static MachineCpu now() throws IOException {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
            for (int i = 1; i <= 8 && i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            return new MachineCpu(total - Long.parseLong(fields[4]) - Long.parseLong(fields[5]), total);
        }

        double busySince(MachineCpu before) {
            long total = this.total - before.total;
            return total == 0 ? 0 : (double) (busy - before.busy) / total;
        }
    }
}
