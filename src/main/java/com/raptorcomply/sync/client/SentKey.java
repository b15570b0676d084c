package com.raptorcomply.sync.client;

import okhttp3.Request;

/** Request tag: which key went out with a request, so a 401 can name its slot. Shows only the fingerprint. */
record SentKey(ApiKey key) {

    static SentKey of(Request request) {
        return request.tag(SentKey.class);
    }

    /** For log lines and messages: slot and fingerprint, or "no key". */
    static String label(Request request) {
        SentKey sent = of(request);
        return sent == null ? "no key" : sent.key().toString();
    }

    /** Removes the secret from text the server sent back, should it ever echo it. */
    static String scrub(String text, Request request) {
        SentKey sent = of(request);
        if (text == null || sent == null) {
            return text;
        }
        return text.replace(sent.key().secret(), sent.key().fingerprint());
    }

    @Override
    public String toString() {
        return key.toString();
    }
}
