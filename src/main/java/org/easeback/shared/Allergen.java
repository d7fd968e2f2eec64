package org.easeback.shared;

/**
 * Allergies that decide which oils and materials may be suggested. Almond and other nut
 * oils are {@link #TREE_NUT}; perfumed products and essential oils are
 * {@link #FRAGRANCE}.
 */
public enum Allergen {

	TREE_NUT, COCONUT, FRAGRANCE, LATEX

}
