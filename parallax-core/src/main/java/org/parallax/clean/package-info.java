/**
 * The clean stage: {@link org.parallax.clean.Cleaner} turns a {@link org.parallax.model.RawArticle} into an
 * {@link org.parallax.model.Article} with normalised text, boilerplate lines moved to {@code removed}, and title,
 * author, date, URL and language found where the metadata lacked them. The outlet is the metadata's, else the
 * host of the article's URL (from metadata or a {@code url}/{@code Source:} header line), else {@code unknown}. Every rule works on general features of a line
 * (length, punctuation, verbs, position, link-like words, repetition), never on phrases of particular outlets.
 */
package org.parallax.clean;
