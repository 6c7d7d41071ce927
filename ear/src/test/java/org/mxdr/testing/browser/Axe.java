package org.mxdr.testing.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the npm package's axe.min.js, as Deque ships it in a Maven Central jar) run in the
 * page: the WCAG 2.0 and 2.1 A and AA rules; only critical and serious violations are answered,
 * each as its rule, impact and the elements at fault.
 */
public final class Axe {
    private static final String SOURCE = load();
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
               .then(function (r) {
                   done(r.violations
                       .filter(function (v) { return v.impact === 'critical' || v.impact === 'serious'; })
                       .map(function (v) {
                           return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 6).map(function (n) {
                               return n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160) + ']' : '');
                           }).join('; ');
                       }));
               })
               .catch(function (e) { done(['axe-core could not run: ' + e]); });
            """;

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(SOURCE);
        }
        return (List<String>) js.executeAsyncScript(RUN);
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
