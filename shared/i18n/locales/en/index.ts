/** Every namespace of this language: add a line here with each new namespace file. */
import common from "./common";
import title from "./title";
import lobby from "./lobby";
import match from "./match";
import world from "./world";
import offers from "./offers";
import chat from "./chat";
import debrief from "./debrief";
import classroom from "./classroom";
import pages from "./pages";
import news from "./news";
import refusals from "./refusals";
import events from "./events";
import scenario from "./scenario";
import ui from "./ui";

export default { common, title, lobby, match, world, offers, chat, debrief, classroom, pages, news, refusals, events, scenario, ui };
