"""The sentence gates of relation extraction: a sentence with none of these words holds no
alignment cue (``ANY_CUE_GATE``); the words an aside may keep from its party decide whether the
masked second reading is tried (``NEAR_ASIDE_GATE``)."""

from __future__ import annotations

import re

from silkgraph.nlp.prefilter import Gate

ANY_CUE_RE = re.compile(r"\b(?:all(?:y|ies|iance|ied)|partner|rival|adversar|enem|foe|tension|hostil|"
                        r"war\b|wars\b|conflict|confrontation|clash|align|ties|relations|support|"
                        r"brother|fratern|views?\b|viewed|consider|regard|enmity|animosity|antagonism|odds|each other|"
                        r"one another|themselves|axis|fought|went to war|restored|broke off|severed|stepped back|"
                        r"threat|menace|apostate|quarrel|spat|row|supplier|peace|fighting|hostilities|skirmishes|invasion|occupation|annexation|"
                        r"imports|(?:arms|weapons|equipment) from|accus|blam|turn|rel(?:y|ies|iant)|depend|rapprochement|friendship|"
                        r"friends?\b|hosts?\b|hosted|hosting|houses|housed|(?:much|most|bulk|half|thirds?|quarters|share)\s+of\b|cooperation|dispute|feud|standoff|stand-off|friction|trust|donor|creditor|investor|backer|"
                        r"patron|protector|benefactor|sponsor|pact|struck|strikes|attack|shell|bomb|invade|against|"
                        r"rais|upgrad|elevat|lifted|closer|fire\b|estranged|links|relationship|treaty|mutual|neighbou?r|arsenal|armou?rer|offensive|assault|"
                        r"incursion|onslaught|hideout|hide-out|stronghold|camps?\b|bases?\b|garrison|troops\s+in\b|positions\b|safe\s*haven|infrastructure|"
                        r"tied|bound\s+to|linked\s+to|wedded|ceasefire|cease-fire|truce|armistice|fac(?:ed|ing|e)\b|confront|squared|"
                        r"backing|backs|backed|opening|pivot|tilt|overture|guarantor|compet|contest|vie[ds]?\b|vying|jostl|contend|struggle|"
                        r"tussle|race\b|scramble|stands?\b|stood|standing|sides?\b|sided|siding|rall(?:y|ie)|close\s+to|friendly|client|prox|prot[eé]g|lean|gravitat|antipathy|antagonis|supportive|oppos|nemesis|patron|endors|kill|eliminat|neutrali|skirmish|battled|clashed|scuffl|brawl|percent|per cent|%|summon|recall|expel|exercis|drill|manoeuvr|maneuver|war\s?games|trained|"
                        r"one nation|loggerheads|wary|relian|closeness|distrust|mistrust|suspicious|sever|broke|cut\b|positioned|presents|presented|styled|iron\s+brother|"
                        r"arch-?(?:enem|foe|rival|nemes)|guarantee|umbrella|division\s+of\s+labou?r|tussle|inter-?state\s+council|joint\s+(?:defen[cs]e|security|military)\s+council)",
                        re.I)
ANY_CUE_GATE = Gate(ANY_CUE_RE)
# the alignment words an aside may keep from their party ("X, the region's largest economy, and Y are
# allies"): the second, masked reading is tried only when one lies near an aside (appos_mask)
NEAR_ASIDE_GATE = Gate(re.compile(r"\b(?:all(?:y|ies|iance|ied)|partner|rival|adversar|enem|foe|friend|tension|hostil|"
                                   r"threat|relations|ties|regard|consider|views?\b|sees\b|backs|backed|relies|rely|"
                                   r"depend|lean|war\b|wars\b|fought|clash|compet|distrust|wary|odds|brother|arch|enmity|animosity|antagonis|feud|"
                                   r"dispute|align|close\s+to|cooperation|between)", re.I))
