package kith.shared.web;

import java.net.InetAddress;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies named in {@code
 * kith.trusted-proxies} (addresses or CIDR ranges; none by default), through Tomcat's {@link RemoteIpValve}.
 * From a trusted proxy, the client's address is the right-most forwarded address that is not itself a trusted
 * proxy, and HTTPS at the proxy makes the request secure (so HSTS is sent and the Secure cookie kept).
 * From anyone else the headers are ignored: a client cannot pick its own address to dodge the sign-in
 * throttle, nor claim HTTPS. Boot's own forwarded-header handling stays off ({@code
 * server.forward-headers-strategy: none}), since on a cloud platform it would trust every private address.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final List<String> ranges;

    TrustedProxies(@Value("${kith.trusted-proxies:}") List<String> proxies) {
        this.ranges = proxies.stream().map(String::trim).filter(proxy -> !proxy.isEmpty())
                .map(TrustedProxies::asRange).toList();
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        RemoteIpValve valve = new RemoteIpValve();
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setProtocolHeaderHttpsValue("https");
        // A range list (with "/") is read by Tomcat as CIDR ranges; empty trusts nobody.
        valve.setInternalProxies(ranges.stream().collect(Collectors.joining(",")));
        valve.setTrustedProxies("");
        factory.addEngineValves(valve);
    }

    List<String> ranges() {
        return ranges;
    }

    /** "10.0.0.7" becomes "10.0.0.7/32", "::1" becomes "::1/128"; a range is checked as it is. */
    static String asRange(String proxy) {
        String range = proxy;
        if (!proxy.contains("/")) {
            if (!proxy.matches("[0-9A-Fa-f:.]+")) {
                throw new IllegalStateException("kith.trusted-proxies: not an address or CIDR range: " + proxy);
            }
            try {
                range = proxy + "/" + (InetAddress.getByName(proxy).getAddress().length * 8);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException("kith.trusted-proxies: not an address or CIDR range: " + proxy, e);
            }
        }
        try {
            new NetMask(range);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("kith.trusted-proxies: not an address or CIDR range: " + proxy, e);
        }
        return range;
    }
}
