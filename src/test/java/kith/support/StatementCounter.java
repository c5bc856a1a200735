package kith.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements Kith's own data source executes on the current thread, for tests that hold a
 * page to a budget. In tests only: it wraps the application's pool (the bean named "dataSource").
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> EXECUTED = new ThreadLocal<>();

    /** Starts counting on this thread. */
    public void start() {
        EXECUTED.set(new ArrayList<>());
    }

    /** Stops counting and returns the SQL executed since {@link #start()}. */
    public List<String> stop() {
        List<String> executed = EXECUTED.get();
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
            return proxy(statement, type, (s, m, a) -> {
                if (m.getName().startsWith("execute") && EXECUTED.get() != null) {
                    EXECUTED.get().add(sql != null ? sql : a != null && a.length > 0 ? String.valueOf(a[0]) : m.getName());
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
