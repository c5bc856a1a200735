package kith.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL 17 inside Kith when no external database is configured ({@code KITH_DB_URL} unset), so
 * that Kith runs and is tested from one command with nothing installed.
 *
 * <p>Two roles, as on a real server: the cluster's owner runs the Flyway migrations, and Kith works as
 * {@code kith_app}, which owns nothing, so that the database itself refuses it what the migrations withhold
 * (for example updating or deleting audit rows).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "kith";
    static final String APP_ROLE = "kith_app";
    private static final String OWNER = "postgres";

    // STACK_NOTES trap 1: no zonky shutdown hook; Spring closes PostgreSQL after the data sources.
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${kith.db.embedded.data-directory:}") String dataDirectory)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "60")
                .setServerConfig("timezone", "UTC");
        if (StringUtils.hasText(dataDirectory)) {
            Path directory = Path.of(dataDirectory).toAbsolutePath().normalize();
            Files.createDirectories(directory);
            LeftoverPostmaster.stopIfRunning(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
        }
        EmbeddedPostgres postgres = builder.start();
        createRoleAndDatabase(postgres);
        return postgres;
    }

    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedPostgres postgres) {
        return postgres.getDatabase(OWNER, DATABASE);
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(APP_ROLE, DATABASE));
        dataSource.setUsername(APP_ROLE);
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("kith");
        return dataSource;
    }

    private static void createRoleAndDatabase(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kith_app') THEN
                        CREATE ROLE kith_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
                      END IF;
                    END $$""");
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'kith'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE kith");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("kith.db.url"));
        }
    }
}
