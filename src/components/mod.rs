//! The page's components, one file each.

pub mod chips;
pub mod cite_panel;
pub mod copy_link;
pub mod date_range;
pub mod export_buttons;
pub mod facet_group;
pub mod figure_kinds;
pub mod figure_list;
pub mod filter_panel;
pub mod marked;
pub mod masthead;
pub mod notices;
pub mod paragraph;
pub mod provenance;
pub mod quote_list;
pub mod reader;
pub mod recoveries;
pub mod result_item;
pub mod results_page;
pub mod search_box;
pub mod search_note;
pub mod source_line;
pub mod theme_toggle;
pub mod update_notice;
pub mod view_list;
pub mod view_tabs;
