import type {KycStrings} from '../strings.js';

/** The element's and its modes' texts in `nl`: a chunk of its own, loaded when a page speaks it. */
const strings: KycStrings = {
  start: 'Verifieer je identiteit',
  loading: 'Je verificatie wordt voorbereid…',
  frameTitle: 'Identiteitsverificatie',
  flowLoading: 'De verificatie wordt geladen…',
  doneTitle: 'Bedankt',
  doneBody: 'Je verificatie is verstuurd.',
  cancelledTitle: 'Verificatie geannuleerd',
  errorTitle: 'De verificatie kon niet worden voltooid',
  expiredTitle: 'Deze verificatielink is verlopen',
  retry: 'Opnieuw proberen',
  continueOnPhone: 'Verdergaan op je telefoon',
  returnForwarded: 'Je kunt dit venster sluiten.',
  returnElsewhere: 'Verificatie voltooid. Ga verder waar je begon.',
  announceLoading: 'Verificatie wordt voorbereid',
  announceActive: 'Verificatie geopend',
  qrInstructions: 'Scan deze code met de camera van je telefoon om de verificatie daar voort te zetten.',
  qrLabel: 'QR-code die de verificatie op je telefoon opent',
  qrOpenHere: 'Liever op dit apparaat openen',
  qrExpiresIn: 'Code nog {time} geldig',
  qrOpened: 'Geopend op je telefoon. Rond de verificatie daar af.',
  qrResultOnPhone: 'Je ziet het resultaat op je telefoon.',
  qrRenewed: 'De code is vernieuwd.',
  popupWaiting: 'Rond de verificatie af in het venster dat is geopend.',
  popupBlocked: 'Je browser heeft het verificatievenster niet geopend.',
  popupOpen: 'Verificatie openen',
  popupClosed: 'Het verificatievenster is gesloten.',
  popupReopen: 'Opnieuw openen',
  popupCancel: 'Annuleren',
  redirecting: 'Je gaat naar de verificatie…',
};

export default strings;
