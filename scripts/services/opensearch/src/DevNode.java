// Starts the OpenSearch nodes of one local cluster in this JVM through codelibs' OpenSearchRunner.
//
// Why not call OpenSearchRunner.main directly: it swallows every startup error
// (exit status 1, nothing printed) and, when its HTTP port is busy, silently moves
// to the next free one. This wrapper prints the cause and pins the ports
// (baseHttpPort + n for node n) so a busy port is a loud bind error instead of a surprise.
//
// With several nodes (-numOfNode 3) single nodes can be stopped and started again while the
// others run, as a lost machine would be: the file <basePath>/control/node_<n>.down asks for
// node n to be closed, and removing it brings the node back with its data (checked every 200 ms;
// scripts/services/opensearch.sh node-stop / node-start write and remove these files).
// Started by scripts/services/opensearch.sh; arguments are OpenSearchRunner's.

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.node.Node;

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
        final Path control = Paths.get(basePath(args), "control");
        if (runner.getNodeSize() == 1) {
            while (!runner.isClosed()) {
                Thread.sleep(2000);
            }
            return;
        }
        // Several nodes: follow the control folder until the JVM is stopped (the shutdown hook closes them).
        while (true) {
            for (int i = 0; i < runner.getNodeSize(); i++) {
                final boolean wanted = !Files.exists(control.resolve("node_" + (i + 1) + ".down"));
                final Node node = runner.getNode(i);
                try {
                    if (!wanted && !node.isClosed()) {
                        System.out.println("DevNode: stopping node " + (i + 1));
                        node.close();
                        node.awaitClose(30, TimeUnit.SECONDS);
                        System.out.println("DevNode: node " + (i + 1) + " stopped");
                    } else if (wanted && node.isClosed()) {
                        System.out.println("DevNode: starting node " + (i + 1));
                        if (!runner.startNode(i)) {
                            System.err.println("DevNode: node " + (i + 1) + " did not start");
                        }
                    }
                } catch (final Throwable t) {
                    System.err.println("DevNode: could not change node " + (i + 1));
                    t.printStackTrace();
                }
            }
            Thread.sleep(200);
        }
    }

    private static String basePath(final String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if ("-basePath".equals(args[i])) {
                return args[i + 1];
            }
        }
        return ".";
    }
}
