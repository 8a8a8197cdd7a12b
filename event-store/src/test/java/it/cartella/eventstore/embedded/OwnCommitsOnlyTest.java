package it.cartella.eventstore.embedded;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server's file is stored only when Cartella commits it (the 1 s committer and the commands' group
 * commit, both between whole writes): never by H2 on its own, not even once far more than its default write buffer
 * (about 19 MB) is waiting in memory, which H2 would otherwise commit inline, in the middle of a server write.
 */
class OwnCommitsOnlyTest {

    @Test
    void theStoreWaitsForCartellasCommitHoweverMuchIsUnsaved(@TempDir Path dir) {
        MVStore store = EmbeddedMongoServer.openStore(dir.resolve("test.mv"));
        try {
            MVMap<Long, byte[]> map = store.openMap("documents");
            long stored = store.getCurrentVersion();
            byte[] document = new byte[16 * 1024];
            for (long i = 0; i < 4_000; i++) {
                map.put(i, document);
            }
            assertThat(store.getUnsavedMemory()).as("64 MB written, far above H2's default buffer")
                    .isGreaterThan(40 * 1024 * 1024);
            assertThat(store.getCurrentVersion()).as("nothing stored behind Cartella's back").isEqualTo(stored);

            store.commit();
            assertThat(store.getCurrentVersion()).isGreaterThan(stored);
            assertThat(store.getUnsavedMemory()).isLessThan(64 * 1024);
        } finally {
            store.close();
        }
    }
}
