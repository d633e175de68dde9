package org.vigie.entities.core.internal.cluster;

import java.io.Closeable;

import org.vigie.entities.core.internal.pipeline.ResultStore;

/** The workspace's copy of the cluster's results: a result store that commits what it holds when closed. */
public interface ReplicaStore extends ResultStore, Closeable {
}
