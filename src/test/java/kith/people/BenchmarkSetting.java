package kith.people;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a benchmark's figures depend on besides the code: when it ran, the machine, the JDK, PostgreSQL and its
 * settings. The opening lines of every benchmark report, so that runs can be compared.
 */
final class BenchmarkSetting {

    private BenchmarkSetting() {}

    static String describe(JdbcClient jdbc, Clock clock) {
        var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String postgres = jdbc.sql("SELECT version()").query(String.class).single();
        String settings = jdbc.sql("""
                        SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) FROM pg_settings
                        WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit')""")
                .query(String.class).single();
        return String.format(Locale.UK, """
                When:        %s
                Machine:     %d cores, %.1f GiB memory, %s, load average %.2f at the end
                JDK:         %s %s
                PostgreSQL:  %s (embedded)
                Settings:    %s
                """,
                ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.getRuntime().availableProcessors(), system.getTotalMemorySize() / (1024.0 * 1024 * 1024),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), system.getSystemLoadAverage(),
                System.getProperty("java.vm.vendor"), Runtime.version(), postgres, settings);
    }
}
