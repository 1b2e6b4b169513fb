/**
 * The workspace: a folder holding the system of record in SQLite (articles, annotations, events, memberships,
 * dossiers) and a Lucene index for full-text search that can always be rebuilt from SQLite. New articles join the
 * stored events through the same online clustering as a batch run; every write is one transaction.
 * Entry class: {@link org.parallax.store.Workspace}.
 */
package org.parallax.store;
