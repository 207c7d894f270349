package org.airisk.workbench.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBaseDefault;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk for the database that can be made full and freed again, as a real one is while a user types: H2 file
 * system {@value #SCHEME} (see {@code WorkbenchDatabase.open(Path, Clock, String)}) passes everything to the real
 * file, except that while {@link #full} every write fails with the operating system's "No space left on device".
 */
public final class FillingDisk extends FilePathWrapper {
    static final String SCHEME = "filling";
    private static final FillingDisk INSTANCE = new FillingDisk();
    /** While true, every write to the database's files fails. */
    static volatile boolean full;

    /** From now on H2 knows this file system. */
    /** For H2, which makes one per path. */
    public FillingDisk() {}

    static void install() {
        full = false;
        FilePath.register(INSTANCE);
    }

    static void uninstall() {
        full = false;
        FilePath.unregister(INSTANCE);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    private static final class Channel extends FileBaseDefault {
        private final FileChannel file;

        Channel(FileChannel file) {
            this.file = file;
        }

        private static void checkSpace() throws IOException {
            if (full) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return file.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            checkSpace();
            return file.write(src, position);
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        protected void implTruncate(long size) throws IOException {
            file.truncate(size);
        }

        @Override
        public void force(boolean metaData) throws IOException {
            checkSpace();
            file.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
