import type {KycStrings} from '../strings.js';

/** The element's and its modes' texts in `fr`: a chunk of its own, loaded when a page speaks it. */
const strings: KycStrings = {
  start: 'Vérifier votre identité',
  loading: 'Préparation de votre vérification…',
  frameTitle: "Vérification d'identité",
  flowLoading: 'Chargement de la vérification…',
  doneTitle: 'Merci',
  doneBody: 'Votre vérification a été envoyée.',
  cancelledTitle: 'Vérification annulée',
  errorTitle: "La vérification n'a pas pu aboutir",
  expiredTitle: 'Ce lien de vérification a expiré',
  retry: 'Réessayer',
  continueOnPhone: 'Continuer sur votre téléphone',
  returnForwarded: 'Vous pouvez fermer cette fenêtre.',
  returnElsewhere: 'Vérification terminée — continuez là où vous avez commencé.',
  announceLoading: 'Préparation de la vérification',
  announceActive: 'Vérification ouverte',
  qrInstructions: 'Scannez ce code avec l’appareil photo de votre téléphone pour y poursuivre la vérification.',
  qrLabel: 'Code QR qui ouvre la vérification sur votre téléphone',
  qrOpenHere: 'Ouvrir plutôt sur cet appareil',
  qrExpiresIn: 'Code valable {time}',
  qrOpened: 'Ouvert sur votre téléphone — terminez la vérification là-bas.',
  qrResultOnPhone: 'Vous verrez le résultat sur votre téléphone.',
  qrRenewed: 'Le code a été renouvelé.',
  popupWaiting: 'Terminez la vérification dans la fenêtre qui s’est ouverte.',
  popupBlocked: 'Votre navigateur n’a pas ouvert la fenêtre de vérification.',
  popupOpen: 'Ouvrir la vérification',
  popupClosed: 'La fenêtre de vérification a été fermée.',
  popupReopen: 'Rouvrir',
  popupCancel: 'Annuler',
  redirecting: 'Redirection vers la vérification…',
};

export default strings;
