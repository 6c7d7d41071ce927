package org.mxdr.webhooks.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mxdr.platform.BadInput;

class WebhookTargetTest {
    /** Names resolve without the network: a public name, a name with one private address among public ones, an unknown name. */
    private static final Map<String, List<String>> DNS = Map.of("hooks.example.com", List.of("93.184.216.34", "2606:2800:220:1::1"),
            "sneaky.example.com", List.of("93.184.216.34", "10.1.2.3"));
    private static final WebhookTarget.Resolver RESOLVER = host -> {
        List<String> literal = DNS.get(host);
        if (literal == null) {
            if (!host.matches("[0-9a-fA-F:.]+")) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName(host));
        }
        java.util.ArrayList<InetAddress> all = new java.util.ArrayList<>();
        for (String a : literal) {
            all.add(InetAddress.getByName(a));
        }
        return all;
    };

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1",
            "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "ff02::1"})
    void privateLoopbackAndLinkLocalAreRefusedOnUrl(String address) {
        String host = address.contains(":") ? "[" + address + "]" : address;
        BadInput refused = assertThrows(BadInput.class, () -> WebhookTarget.check("https://" + host + "/hook", false, RESOLVER));
        assertEquals("url", refused.field());
        WebhookTarget.check("https://" + host + "/hook", true, RESOLVER); // allowed by the operator
    }

    @Test
    void aPublicNameOrAddressIsAccepted() {
        assertEquals("https://hooks.example.com/in", WebhookTarget.check(" https://hooks.example.com/in ", false, RESOLVER).toString());
        WebhookTarget.check("http://93.184.216.34:8443/x?y=1", false, RESOLVER);
        WebhookTarget.check("https://[2606:2800:220:1::1]/x", false, RESOLVER);
    }

    @Test
    void aNameWithAnyPrivateAddressIsRefused() {
        BadInput refused = assertThrows(BadInput.class, () -> WebhookTarget.check("https://sneaky.example.com/", false, RESOLVER));
        assertTrue(refused.getMessage().contains("10.1.2.3"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ftp://hooks.example.com/", "file:///etc/passwd", "hooks.example.com/in", "https://user:pw@hooks.example.com/",
            "https://nowhere.invalid/", "https://hooks.example.com/#frag", "gopher://hooks.example.com", "https://exa mple.com/"})
    void onlyAbsoluteHttpAndHttpsUrlsOfResolvingHosts(String url) {
        assertEquals("url", assertThrows(BadInput.class, () -> WebhookTarget.check(url, true, RESOLVER)).field());
    }

    @Test
    void publicAddressesArePublic() throws Exception {
        assertTrue(WebhookTarget.isPublic(InetAddress.getByName("8.8.8.8")));
        assertTrue(WebhookTarget.isPublic(InetAddress.getByName("2001:4860:4860::8888")));
        assertFalse(WebhookTarget.isPublic(InetAddress.getByName("::ffff:192.168.0.1")));
        assertTrue(WebhookTarget.isPublic(InetAddress.getByName("::ffff:8.8.8.8")));
    }
}
