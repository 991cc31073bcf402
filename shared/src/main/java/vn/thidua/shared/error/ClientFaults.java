package vn.thidua.shared.error;

import java.nio.charset.CharacterCodingException;

/**
 * Failures a client's malformed request causes inside the container or the framework, recognised by type (and by
 * the container's class names, so this module needs no compile-time dependency on Tomcat): they answer 400.
 */
public final class ClientFaults {

    private ClientFaults() {
    }

    public static boolean isClientFault(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            String name = at.getClass().getName();
            if (name.equals("org.apache.tomcat.util.http.InvalidParameterException")
                    || name.startsWith("org.springframework.web.multipart.")
                    || name.startsWith("org.apache.tomcat.util.http.fileupload.")
                    || name.equals("org.apache.catalina.connector.ClientAbortException")
                    || name.equals("org.springframework.security.web.firewall.RequestRejectedException")
                    || at instanceof CharacterCodingException
                    || at instanceof org.springframework.web.server.ServerWebInputException
                    || at instanceof org.springframework.http.InvalidMediaTypeException
                    || at instanceof org.springframework.util.InvalidMimeTypeException) {
                return true;
            }
        }
        return false;
    }
}
