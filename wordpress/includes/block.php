<?php
/**
 * The img-pathway/guide block: a dynamic block (block.json; rendered by block/render.php), whose
 * editor script (block/editor.js) shows the real guide in the canvas and a control for each
 * option in the sidebar.
 *
 * @package img-pathway
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'img_pathway_register_block' );
add_action( 'enqueue_block_editor_assets', 'img_pathway_editor_settings' );

/** Registers the block from block.json, with its editor script's translations. */
function img_pathway_register_block() {
	$type = register_block_type( dirname( __DIR__ ) . '/block' );
	if ( $type ) {
		foreach ( $type->editor_script_handles as $handle ) {
			wp_set_script_translations( $handle, 'img-pathway', dirname( __DIR__ ) . '/languages' );
		}
	}
}

/**
 * Hands the editor script what it shows besides the element itself: the site's language, each
 * language's default heading and step titles (for the placeholder and the step checkboxes), and
 * what each option accepts (to say why a value is not used).
 */
function img_pathway_editor_settings() {
	$type = WP_Block_Type_Registry::get_instance()->get_registered( 'img-pathway/guide' );
	$data = img_pathway_guide_data();
	if ( ! $type || empty( $type->editor_script_handles ) || null === $data ) {
		return;
	}
	$guides = array();
	foreach ( $data['languages'] as $language => $guide ) {
		$guides[ $language ] = array(
			'heading' => $guide['heading'],
			'steps'   => $guide['steps'],
		);
	}
	$settings = array(
		'pageLanguage' => img_pathway_guide_language( '' ),
		'guides'       => $guides,
		'accepted'     => img_pathway_accepted_values(),
	);
	wp_add_inline_script( $type->editor_script_handles[0], 'window.imgPathwayEditor = ' . wp_json_encode( $settings ) . ';', 'before' );
}
