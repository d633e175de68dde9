package org.vigie.web.internal.serve;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.service.component.annotations.Component;

/**
 * The secrets of the current serving: the access token printed in the URL and the CSRF value the
 * pages send back with every state-changing request. None while the workbench is closed, so an
 * HTTP runtime left listening by anything else still refuses every request.
 */
@Component(service = AccessKeys.class)
public class AccessKeys {

    /** The two secrets of one serving, each 256 random bits in URL-safe base 64. */
    public record Keys(String token, String csrf) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AtomicReference<Keys> current = new AtomicReference<>();

    /** New secrets for a serving about to start. */
    public static Keys fresh() {
        return new Keys(random(), random());
    }

    public Optional<Keys> current() {
        return Optional.ofNullable(current.get());
    }

    /** Makes {@code keys} the current secrets; false when a serving already holds some. */
    public boolean open(Keys keys) {
        return current.compareAndSet(null, keys);
    }

    /** Forgets the secrets: from now on every request is refused. */
    public void close() {
        current.set(null);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
