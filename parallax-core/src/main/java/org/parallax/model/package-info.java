/** The immutable data model shared by every stage: raw and cleaned articles, events, problems. */
package org.parallax.model;
