package kith.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts PostgreSQL 17 inside Kith when no external database is configured ({@code KITH_DB_URL} unset), so
 * that Kith runs and is tested from one command with nothing installed, and keeps it running: when it dies,
 * {@link PostmasterWatch} starts it again on the same data.
 *
 * <p>Two roles, as on a real server, each with its own password: the cluster's owner runs the Flyway
 * migrations, and Kith works as {@code kith_app}, which owns nothing, so that the database itself refuses it
 * what the migrations withhold (for example updating or deleting audit rows).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    // STACK_NOTES trap 1: Spring closes the cluster after the data sources that depend on it.
    @Bean(destroyMethod = "close")
    EmbeddedCluster embeddedCluster(
            @Value("${kith.db.embedded.data-directory:}") String dataDirectory,
            @Value("${kith.db.embedded.durable:true}") boolean durable)
            throws IOException {
        return EmbeddedCluster.start(dataDirectory, durable);
    }

    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedCluster cluster) {
        return cluster.ownerDataSource(EmbeddedCluster.DATABASE);
    }

    /** The pool's timeouts come from {@code spring.datasource.hikari}, as they do for an external database. */
    @Bean(destroyMethod = "close")
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedCluster cluster) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(cluster.appJdbcUrl());
        dataSource.setUsername(EmbeddedCluster.APP_ROLE);
        dataSource.setPassword(cluster.appPassword());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("kith");
        return dataSource;
    }

    @Bean
    PostmasterWatch postmasterWatch(EmbeddedCluster cluster, DatabaseAvailability availability) {
        return new PostmasterWatch(cluster, availability);
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("kith.db.url"));
        }
    }
}
