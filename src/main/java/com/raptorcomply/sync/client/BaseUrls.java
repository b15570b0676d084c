package com.raptorcomply.sync.client;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Refuses base URLs that would send the API key in clear text to another machine. */
final class BaseUrls {

    static final String SETTING = "RAPTOR_COMPLY_BASE_URL";
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

    private BaseUrls() {
    }

    static void requireSecure(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(SETTING + " must be an absolute https URL, got: " + url);
        }
        if (scheme.equals("http") && !isLoopback(url.getHost())) {
            throw new IllegalArgumentException(SETTING + " must use https; plain http is allowed only for "
                    + "localhost, 127.0.0.0/8 and ::1, got: " + url);
        }
    }

    static boolean isLoopback(String host) {
        String bare = host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
        return bare.equals("localhost") || bare.equals("::1") || bare.equals("0:0:0:0:0:0:0:1")
                || IPV4_LOOPBACK.matcher(bare).matches();
    }
}
