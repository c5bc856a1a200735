package kith.access;

import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Says in the API document who may call each writing operation: the permission it needs and the roles that
 * hold it, as {@code x-kith-permission} and {@code x-kith-roles} and in words, from the same
 * {@link RequiresPermission} that enforces it.
 */
@Configuration(proxyBeanMethods = false)
class PermissionsDocumented {

    @Bean
    OperationCustomizer permissionsInTheApiDocument() {
        return (operation, handler) -> {
            RequiresPermission required = handler.getMethodAnnotation(RequiresPermission.class);
            if (required != null) {
                Permission permission = required.value();
                operation.addExtension("x-kith-permission", permission.name());
                operation.addExtension("x-kith-roles", permission.roles().stream().map(Role::name).toList());
                String who = "Who may: " + permission.roles().stream().map(Role::label).collect(Collectors.joining(", "))
                        + ". Anyone else is refused with 403 before the request is read.";
                operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
            }
            return operation;
        };
    }
}
