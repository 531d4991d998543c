package cn.dengkou.bizservice.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where uploaded bytes live. Keys are made by the app (random, never from user input); the local
 * disk implementation is {@link LocalFileStorage}, an object store can take its place.
 */
interface FileStorage {

    /** Stores the file under {@code key}, replacing nothing: a key is used once. */
    void save(String key, Path file) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
