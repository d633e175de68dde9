package org.vigie.web.api;

import java.net.URI;

/**
 * Where the workbench is served.
 *
 * @param port the port on 127.0.0.1
 * @param token the access token of this serving (whoever holds it may use the workbench)
 */
public record WorkbenchAddress(int port, String token) {

    /** The address to open: {@code http://127.0.0.1:PORT/?token=TOKEN}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port + "/?token=" + token);
    }

    /** The server's root, without the token: {@code http://127.0.0.1:PORT/}. */
    public URI root() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }
}
