import type {KycStrings} from '../strings.js';

/** The element's and its modes' texts in `es`: a chunk of its own, loaded when a page speaks it. */
const strings: KycStrings = {
  start: 'Verificar tu identidad',
  loading: 'Preparando tu verificación…',
  frameTitle: 'Verificación de identidad',
  flowLoading: 'Cargando la verificación…',
  doneTitle: 'Gracias',
  doneBody: 'Tu verificación se ha enviado.',
  cancelledTitle: 'Verificación cancelada',
  errorTitle: 'No se pudo completar la verificación',
  expiredTitle: 'Este enlace de verificación ha caducado',
  retry: 'Intentar de nuevo',
  continueOnPhone: 'Continuar en tu teléfono',
  returnForwarded: 'Puedes cerrar esta ventana.',
  returnElsewhere: 'Verificación terminada: continúa donde empezaste.',
  announceLoading: 'Preparando la verificación',
  announceActive: 'Verificación abierta',
  qrInstructions: 'Escanea este código con la cámara de tu teléfono para continuar la verificación allí.',
  qrLabel: 'Código QR que abre la verificación en tu teléfono',
  qrOpenHere: 'Abrir en este dispositivo',
  qrExpiresIn: 'Código válido durante {time}',
  qrOpened: 'Abierto en tu teléfono: termina la verificación allí.',
  qrResultOnPhone: 'Verás el resultado en tu teléfono.',
  qrRenewed: 'Se ha renovado el código.',
  popupWaiting: 'Completa la verificación en la ventana que se ha abierto.',
  popupBlocked: 'Tu navegador no abrió la ventana de verificación.',
  popupOpen: 'Abrir la verificación',
  popupClosed: 'Se cerró la ventana de verificación.',
  popupReopen: 'Volver a abrir',
  popupCancel: 'Cancelar',
  redirecting: 'Te llevamos a la verificación…',
};

export default strings;
