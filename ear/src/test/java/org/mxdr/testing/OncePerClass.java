package org.mxdr.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.inject.spi.CDI;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fills each {@link ClassFixture} field of an in-container test with the one made for its class:
 * a CDI bean, made at the class's first test and kept for the others (Arquillian runs every test
 * method in the container on its own, so a {@code @BeforeAll} would run for each). Register it after
 * {@link ArquillianExtension}: {@code @ExtendWith(ArquillianExtension.class) @ExtendWith(OncePerClass.class)}.
 */
public final class OncePerClass implements BeforeEachCallback {
    private static final Map<String, ClassFixture> MADE = new ConcurrentHashMap<>();

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (!context.getConfigurationParameter(ArquillianExtension.RUNNING_INSIDE_ARQUILLIAN).map(Boolean::parseBoolean).orElse(false)) {
            return; // the client side only sends the test to the container
        }
        Object test = context.getRequiredTestInstance();
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (ClassFixture.class.isAssignableFrom(field.getType()) && !Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    field.set(test, fixture(type.getName() + "#" + field.getName(), field.getType()));
                }
            }
        }
    }

    private static synchronized ClassFixture fixture(String key, Class<?> type) throws Exception {
        ClassFixture made = MADE.get(key);
        if (made == null) {
            made = (ClassFixture) CDI.current().select(type).get();
            made.make();
            MADE.put(key, made);
        }
        return made;
    }
}
