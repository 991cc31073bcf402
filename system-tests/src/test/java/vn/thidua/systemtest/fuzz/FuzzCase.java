package vn.thidua.systemtest.fuzz;

import java.util.Map;

/**
 * One generated bad request for an operation: the class of bad input it belongs to, the raw request line target,
 * headers and body as bytes, and whether a success would mean the service accepted what it must refuse.
 */
record FuzzCase(String kind, String method, byte[] target, Map<String, byte[]> headers, byte[] body,
        boolean mustFail) {
}
