<?php
/**
 * Plugin Name:       IMG Pathway
 * Plugin URI:        https://www.npmjs.com/package/img-pathway
 * Description:       The four steps a doctor trained abroad takes to practice medicine in the U.S. (ECFMG certification, residency, state licensure, immigration), as an accessible guide: a block and the [img_pathway] shortcode. The guide's files are served from your own site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The img-pathway authors
 * License:           MIT
 * License URI:       https://opensource.org/license/mit
 * Text Domain:       img-pathway
 * Domain Path:       /languages
 *
 * @package img-pathway
 */

defined( 'ABSPATH' ) || exit;

define( 'IMG_PATHWAY_VERSION', '0.1.0' );
define( 'IMG_PATHWAY_FILE', __FILE__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/guide.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/pasted-element.php';
