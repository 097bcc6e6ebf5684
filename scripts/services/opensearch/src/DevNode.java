// Starts one OpenSearch node in this JVM through codelibs' OpenSearchRunner.
//
// Why not call OpenSearchRunner.main directly: it swallows every startup error
// (exit status 1, nothing printed) and, when its HTTP port is busy, silently moves
// to the next free one. This wrapper prints the cause and pins the port
// (baseHttpPort + 1) so a busy port is a loud bind error instead of a surprise.
// Started by scripts/services/opensearch.sh; arguments are OpenSearchRunner's.

import java.io.IOException;

import org.codelibs.opensearch.runner.OpenSearchRunner;

public final class DevNode {

    private DevNode() {
    }

    public static void main(final String[] args) throws InterruptedException {
        final OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(-1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (final IOException e) {
                e.printStackTrace();
            }
        }));
        try {
            runner.build(args);
        } catch (final Throwable t) {
            System.err.println("DevNode: OpenSearch failed to start");
            t.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
        while (!runner.isClosed()) {
            Thread.sleep(2000);
        }
    }
}
