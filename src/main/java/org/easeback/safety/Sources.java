package org.easeback.safety;

/**
 * The guidance behind the rules, as a finding names it. Titles, publishers and addresses
 * are in {@code docs/safety/rules.md}.
 */
final class Sources {

	/** NICE NG59, low back pain and sciatica in over 16s. */
	static final String NICE = "NICE NG59";

	/**
	 * NICE Clinical Knowledge Summary, low back pain without radiculopathy (red flags).
	 */
	static final String CKS = "NICE CKS low back pain";

	/** The national suspected cauda equina syndrome pathway (GIRFT, NHS England). */
	static final String CAUDA_EQUINA = "National suspected cauda equina pathway";

	/** NHS advice on sciatica (emergency signs; numb skin and heat). */
	static final String NHS_SCIATICA = "NHS sciatica advice";

	/** NHS advice on deep vein thrombosis and blood clots. */
	static final String NHS_DVT = "NHS DVT advice";

	/** NCCIH, massage therapy: what you need to know. */
	static final String NCCIH = "NCCIH massage safety";

	/** NHS exercise in pregnancy, and RCOG-endorsed advice on lying on the back. */
	static final String NHS_PREGNANCY = "NHS/RCOG pregnancy advice";

	/**
	 * Royal Osteoporosis Society, Strong, Steady and Straight (exercise with
	 * osteoporosis).
	 */
	static final String ROS = "ROS Strong, Steady and Straight";

	/** NHS children's back pain red flags (Healthier Together). */
	static final String NHS_CHILDREN = "NHS children's back pain red flags";

	/** NICE CG146 and NG41: fragility fractures, and spinal injury in older people. */
	static final String NICE_FRACTURE = "NICE CG146; NICE NG41";

	/** The articles of {@code seeds/} on chronic pain. */
	static final String ARTICLES_CHRONIC = "001_6cbba744d3dc619a.txt; 000_2dddca60ff19d2f1.txt";

	/** The article of {@code seeds/} on severe, worsening pain. */
	static final String ARTICLE_SEVERE = "001_6cbba744d3dc619a.txt";

	private Sources() {
	}

}
