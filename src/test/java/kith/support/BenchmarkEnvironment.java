package kith.support;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a benchmark's figures depend on besides the code: when, the machine, the JDK, PostgreSQL and the
 * settings that shape its plans. The first lines of every benchmark record, so that runs can be compared.
 */
public final class BenchmarkEnvironment {

    private BenchmarkEnvironment() {}

    public static String describe(JdbcClient jdbc, Clock clock) {
        var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String postgres = jdbc.sql("SELECT version()").query(String.class).single();
        String settings = jdbc.sql("""
                        SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) FROM pg_settings
                        WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit')""")
                .query(String.class).single();
        return String.format(Locale.UK, """
                When:        %s
                Machine:     %d cores, %.1f GiB memory, %s
                JDK:         %s %s
                PostgreSQL:  %s (embedded)
                Settings:    %s
                """,
                ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.getRuntime().availableProcessors(), system.getTotalMemorySize() / (1024.0 * 1024 * 1024),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.vendor"), Runtime.version(), postgres, settings);
    }
}
