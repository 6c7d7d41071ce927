package org.mxdr.webhooks.entity;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import org.mxdr.platform.BadInput;

/**
 * Where a webhook may point: an absolute http or https URL whose host resolves only to public
 * addresses. A URL that reaches the provider's own network (private, loopback, link-local,
 * unique-local, carrier-grade NAT, multicast, unspecified; IPv4 and IPv6, including IPv4 mapped
 * into or embedded in IPv6) would let a tenant make the server probe it (SSRF), so it is refused
 * unless the operator allows private targets (a lab, the demo, the tests).
 */
public final class WebhookTarget {
    public static final int URL_MAX = 2000;

    /** Resolves a host name to every address it has. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    public static final Resolver DNS = host -> List.of(InetAddress.getAllByName(host));

    private WebhookTarget() {
    }

    /** The checked URL, or 400 on {@code url} saying what is wrong with it. */
    public static URI check(String url, boolean allowPrivate, Resolver resolver) {
        if (url == null || url.isBlank()) {
            throw new BadInput("url", "The endpoint's URL is required.");
        }
        String u = url.strip();
        if (u.length() > URL_MAX) {
            throw new BadInput("url", "The URL is longer than " + URL_MAX + " characters.");
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new BadInput("url", "'" + u + "' is not a valid URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new BadInput("url", "Only http and https URLs can receive webhooks.");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new BadInput("url", "Give the URL as https://host[:port]/path, without user name or fragment.");
        }
        requirePublic(uri.getHost(), allowPrivate, resolver);
        return uri;
    }

    /** Refuses a host that does not resolve or resolves to any address outside the public internet. */
    public static void requirePublic(String host, boolean allowPrivate, Resolver resolver) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new BadInput("url", "The host '" + bare + "' does not resolve.");
        }
        if (addresses.isEmpty()) {
            throw new BadInput("url", "The host '" + bare + "' does not resolve.");
        }
        if (allowPrivate) {
            return;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new BadInput("url", "The host '" + bare + "' resolves to " + address.getHostAddress()
                        + ", a private, loopback or link-local address; webhooks only go to public addresses.");
            }
        }
    }

    public static boolean isPublic(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            InetAddress embedded = embeddedV4(b);
            if (embedded != null) {
                return isPublic(embedded);
            }
            int first = b[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc; // fc00::/7
            boolean documentation = first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8; // 2001:db8::/32
            return !(v6.isAnyLocalAddress() || v6.isLoopbackAddress() || v6.isLinkLocalAddress() || v6.isSiteLocalAddress()
                    || v6.isMulticastAddress() || uniqueLocal || documentation);
        }
        byte[] b = address.getAddress();
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        boolean thisNetwork = a0 == 0;
        boolean carrierNat = a0 == 100 && (a1 & 0xc0) == 64; // 100.64.0.0/10
        boolean benchmark = a0 == 198 && (a1 == 18 || a1 == 19); // 198.18.0.0/15
        boolean reserved = a0 >= 240; // 240.0.0.0/4 and broadcast
        return !(address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress() || thisNetwork || carrierNat || benchmark || reserved);
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), -compatible (::a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) address. */
    private static InetAddress embeddedV4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        boolean mapped = zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] & 0xfe) == 0);
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        if (!mapped && !compatible && !nat64) {
            return null;
        }
        try {
            return Inet4Address.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
