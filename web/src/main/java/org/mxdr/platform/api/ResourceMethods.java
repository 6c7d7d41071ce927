package org.mxdr.platform.api;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

import jakarta.ws.rs.HttpMethod;

/** Finds the resource method behind an operation id of the form {@code package.Class_method}. */
final class ResourceMethods {
    /** Query parameters read as whole numbers (Paging, the bench helpers). */
    static final Set<String> NUMERIC_QUERY = Set.of("page", "size", "max", "checks", "records", "seconds", "subscriptions", "tenants", "threads");

    private ResourceMethods() {
    }

    static Method of(String operationId) {
        if (operationId == null || !operationId.contains("_")) {
            return null;
        }
        int cut = operationId.lastIndexOf('_');
        try {
            Class<?> type = Class.forName(operationId.substring(0, cut), false, ResourceMethods.class.getClassLoader());
            String name = operationId.substring(cut + 1);
            return Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name))
                    .filter(m -> Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                    .findFirst().orElse(null);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** {@code Class_method}: stable and readable, without the package. */
    static String shortId(String operationId) {
        if (operationId == null) {
            return null;
        }
        int cut = operationId.lastIndexOf('_');
        return operationId.substring(operationId.lastIndexOf('.', cut < 0 ? operationId.length() : cut) + 1);
    }

    static boolean isPublic(Method method) {
        return method.isAnnotationPresent(Public.class) || method.getDeclaringClass().isAnnotationPresent(Public.class);
    }
}
