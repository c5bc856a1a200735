package kith.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements Kith's own data source executes on the current thread, for tests that hold a
 * page to a budget, and remembers their parameters, so that a benchmark can explain the very statements a
 * page ran. In tests only: it wraps the application's pool (the bean named "dataSource").
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    /** A statement as executed: its SQL and the parameter setter calls made on it before. */
    public record Executed(String sql, List<Setter> parameters) {

        /** EXPLAIN (ANALYZE, BUFFERS) of the statement with the same parameters. It runs the statement. */
        public String explainAnalyze(Connection connection) throws SQLException {
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                for (Setter setter : parameters) {
                    setter.applyTo(explain);
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet lines = explain.executeQuery()) {
                    while (lines.next()) {
                        plan.append(lines.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            }
        }
    }

    /** One call such as {@code setObject(1, id)}, to be made again on another statement. */
    public record Setter(Method method, Object[] args) {
        void applyTo(PreparedStatement statement) throws SQLException {
            try {
                method.invoke(statement, args);
            } catch (ReflectiveOperationException e) {
                throw new SQLException("Could not set " + method.getName() + " again", e);
            }
        }
    }

    private static final ThreadLocal<List<Executed>> EXECUTED = new ThreadLocal<>();

    /** Starts counting on this thread. */
    public void start() {
        EXECUTED.set(new ArrayList<>());
    }

    /** Stops counting and returns the SQL executed since {@link #start()}. */
    public List<String> stop() {
        return stopWithParameters().stream().map(Executed::sql).toList();
    }

    /** Stops counting and returns the statements executed since {@link #start()}, with their parameters. */
    public List<Executed> stopWithParameters() {
        List<Executed> executed = EXECUTED.get();
        EXECUTED.remove();
        return executed == null ? List.of() : executed;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if ("dataSource".equals(name) && bean instanceof DataSource dataSource) {
            return proxy(dataSource, DataSource.class, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? proxy(connection, Connection.class, this::connection) : result;
            });
        }
        return bean;
    }

    private Object connection(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (result instanceof Statement statement) {
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            @SuppressWarnings("unchecked")
            Class<Object> type = (Class<Object>) (method.getReturnType().isInterface() ? method.getReturnType() : Statement.class);
            List<Setter> parameters = new ArrayList<>();
            return proxy(statement, type, (s, m, a) -> {
                if (EXECUTED.get() != null) {
                    if (m.getName().startsWith("set") && a != null && a.length >= 2 && a[0] instanceof Integer) {
                        parameters.add(new Setter(m, a.clone()));
                    } else if (m.getName().startsWith("execute")) {
                        EXECUTED.get().add(new Executed(
                                sql != null ? sql : a != null && a.length > 0 ? String.valueOf(a[0]) : m.getName(),
                                List.copyOf(parameters)));
                        parameters.clear();
                    }
                }
                return invoke(s, m, a);
            });
        }
        return result;
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Object target, Class<T> type, Handler handler) {
        List<Class<?>> interfaces = new ArrayList<>(List.of(type));
        if (target instanceof java.io.Closeable && !java.io.Closeable.class.isAssignableFrom(type)) {
            interfaces.add(java.io.Closeable.class);
        }
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces.toArray(Class<?>[]::new), invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }
}
