/**
 * The clean stage: {@link org.parallax.clean.Cleaner} turns a {@link org.parallax.model.RawArticle} into an
 * {@link org.parallax.model.Article} with normalised text, boilerplate lines moved to {@code removed}, and title,
 * author, date and language found where the metadata lacked them. Every rule works on general features of a line
 * (length, punctuation, verbs, position, link-like words, repetition), never on phrases of particular outlets.
 */
package org.parallax.clean;
