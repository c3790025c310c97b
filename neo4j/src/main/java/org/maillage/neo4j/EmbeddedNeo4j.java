package org.maillage.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j community embedded, with its Bolt connector on loopback only.
 *
 * <p>Configured by the environment (see README):
 * NEO4J_HOME_DIR (data, logs), NEO4J_BOLT_PORT (0 = any free port), NEO4J_PASSWORD (empty = no auth),
 * NEO4J_PLUGIN_DIR (APOC core), NEO4J_PAGECACHE (e.g. 256m), NEO4J_TX_TIMEOUT (e.g. 30s).
 *
 * <p>Prints one line "MAILLAGE_NEO4J_READY bolt://127.0.0.1:PORT" once Bolt accepts connections. Shuts down cleanly on
 * SIGTERM, and also when its standard input closes, so that a parent that dies without a word never leaves an orphan
 * holding the store lock.
 */
public final class EmbeddedNeo4j {
    static final String READY = "MAILLAGE_NEO4J_READY";

    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path home = Path.of(env.getOrDefault("NEO4J_HOME_DIR", ".maillage/neo4j")).toAbsolutePath();
        int port = Integer.parseInt(env.getOrDefault("NEO4J_BOLT_PORT", "7687"));
        String password = env.getOrDefault("NEO4J_PASSWORD", "");
        Path plugins = Path.of(env.getOrDefault("NEO4J_PLUGIN_DIR", "neo4j/target/plugins")).toAbsolutePath();
        long pageCache = ByteUnit.parse(env.getOrDefault("NEO4J_PAGECACHE", "256m"));
        Duration txTimeout = Duration.parse("PT" + env.getOrDefault("NEO4J_TX_TIMEOUT", "60s").toUpperCase());
        Files.createDirectories(home);

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, !password.isEmpty())
                .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                // Netty waits 5 s twice for "quiet" before Bolt stops; a single-process database has no
                // pending work there once its connections are closed, so stopping takes a second, not ten.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            stopped.countDown();
        }, "maillage-neo4j-shutdown"));

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!password.isEmpty()) {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        }
        var bolt = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        System.out.println(READY + " bolt://127.0.0.1:" + bolt.getPort());
        System.out.flush();

        exitWhenInputCloses(System.in);
        stopped.await();
    }

    private static void exitWhenInputCloses(InputStream in) {
        Thread watcher = new Thread(() -> {
            try {
                while (in.read() != -1) {
                    // Input carries no commands: only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the parent is gone, exactly like end of input.
            }
            System.exit(0);
        }, "maillage-neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
