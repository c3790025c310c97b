// The self-declaration form.
import { bilingual } from '@maillage/schema/vocabulary';

export const declare = bilingual(
  {
    'declare.title': 'Déclarer votre structure au PTCE',
    'declare.intro': 'Présentez votre structure, ce que vous pouvez offrir et ce que vous cherchez, et vos coopérations. Un animateur du PTCE relira votre proposition avant de la publier sur la carte des coopérations.',
    'declare.entry': 'Votre structure',
    'declare.links': 'Vos coopérations avec des acteurs déjà sur la carte',
    'declare.contactHint': 'Facultatif. Visible des seuls animateurs du PTCE, pour vous recontacter.',
    'declare.consentContact': 'J’accepte que les animateurs du PTCE conservent ces coordonnées pour me contacter.',
    'declare.submitterEmail': 'Votre adresse, pour suivre la proposition',
    'declare.consentPublish': 'J’accepte que cette fiche et ces coopérations soient publiées sur la carte du PTCE (obligatoire).',
    'declare.submit': 'Envoyer la proposition',
    'declare.link': 'Déclarer votre structure',
  },
  {
    'declare.title': 'Declare your organisation to the PTCE',
    'declare.intro': 'Present your organisation, what you can offer and what you look for, and your cooperations. An animator of the PTCE will review your proposal before it is published on the map.',
    'declare.entry': 'Your organisation',
    'declare.links': 'Your cooperations with actors already on the map',
    'declare.contactHint': 'Optional. Seen only by the PTCE’s animators, to contact you.',
    'declare.consentContact': 'I agree that the PTCE’s animators keep these details to contact me.',
    'declare.submitterEmail': 'Your address, to follow the proposal',
    'declare.consentPublish': 'I agree that this entry and these cooperations are published on the PTCE’s map (required).',
    'declare.submit': 'Send the proposal',
    'declare.link': 'Declare your organisation',
  },
);
