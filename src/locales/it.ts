import type {KycStrings} from '../strings.js';

/** The element's and its modes' texts in `it`: a chunk of its own, loaded when a page speaks it. */
const strings: KycStrings = {
  start: 'Verifica la tua identità',
  loading: 'Stiamo preparando la verifica…',
  frameTitle: "Verifica dell'identità",
  flowLoading: 'Caricamento della verifica…',
  doneTitle: 'Grazie',
  doneBody: 'La tua verifica è stata inviata.',
  cancelledTitle: 'Verifica annullata',
  errorTitle: 'Non è stato possibile completare la verifica',
  expiredTitle: 'Questo link di verifica è scaduto',
  retry: 'Riprova',
  continueOnPhone: 'Continua sul telefono',
  returnForwarded: 'Puoi chiudere questa finestra.',
  returnElsewhere: 'Verifica terminata: continua da dove avevi iniziato.',
  announceLoading: 'Preparazione della verifica',
  announceActive: 'Verifica aperta',
  qrInstructions: 'Inquadra questo codice con la fotocamera del telefono per continuare lì la verifica.',
  qrLabel: 'Codice QR che apre la verifica sul tuo telefono',
  qrOpenHere: 'Apri invece su questo dispositivo',
  qrExpiresIn: 'Codice valido per {time}',
  qrOpened: 'Aperta sul telefono: completa lì la verifica.',
  qrResultOnPhone: 'Vedrai il risultato sul telefono.',
  qrRenewed: 'Il codice è stato rinnovato.',
  popupWaiting: 'Completa la verifica nella finestra che si è aperta.',
  popupBlocked: 'Il browser non ha aperto la finestra della verifica.',
  popupOpen: 'Apri la verifica',
  popupClosed: 'La finestra della verifica è stata chiusa.',
  popupReopen: 'Riapri',
  popupCancel: 'Annulla',
  redirecting: 'Ti stiamo portando alla verifica…',
};

export default strings;
