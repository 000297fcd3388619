import type {ModeStrings} from './mode-strings.js';

/**
 * The element's own UI text, in several languages; hosts override any entry with the `strings`
 * property. The texts only a mode shows (QR, popup, redirect) live in `mode-strings.ts`, which loads
 * with the lazy engine; `KycStrings` is both.
 */
export interface ElementStrings {
  start: string;
  loading: string;
  frameTitle: string;
  flowLoading: string;
  doneTitle: string;
  doneBody: string;
  cancelledTitle: string;
  errorTitle: string;
  expiredTitle: string;
  retry: string;
  continueOnPhone: string;
  returnForwarded: string;
  returnElsewhere: string;
  announceLoading: string;
  announceActive: string;
  /** The end view after `approved`. */
  approvedTitle: string;
  approvedBody: string;
  /** The end view after `rejected`; `rejectedRetryBody` when a new attempt may pass. */
  rejectedTitle: string;
  rejectedBody: string;
  rejectedRetryBody: string;
  /** Body of the `cancelled` view when the user may start again. */
  cancelledBody: string;
  /** Body of the `expired` view when the user may start again. */
  expiredBody: string;
  /** Body of a `cancelled` or `expired` view without "Try again". */
  contactSupport: string;
  /** Error bodies: a provider's error that may pass on a new attempt, and one that will not. */
  errorBody: string;
  errorFinalBody: string;
  /** `network`, `*-timeout`, `sdk-load`, `token-refresh`, HTTP 5xx, 408 and 429. */
  errorNetworkBody: string;
  /** `config`, `invalid-response`, `unsafe-url`, `unsupported-mode` and other HTTP 4xx. */
  errorSetupBody: string;
  /** `popup-blocked`. */
  errorPopupBody: string;
  /** A camera error: the view offers "Continue on your phone". */
  errorCameraBody: string;
  /** The code under an error, for support; `{code}` is replaced. */
  errorCode: string;
}

export interface KycStrings extends ElementStrings, ModeStrings {}

const en: ElementStrings = {
  start: 'Verify your identity',
  loading: 'Preparing your verification…',
  frameTitle: 'Identity verification',
  flowLoading: 'Loading the verification…',
  doneTitle: 'Verification submitted',
  doneBody: "Thank you. We're reviewing your details and will let you know when the check is complete.",
  cancelledTitle: 'Verification cancelled',
  errorTitle: 'Verification could not be completed',
  expiredTitle: 'This verification link has expired',
  retry: 'Try again',
  continueOnPhone: 'Continue on your phone',
  returnForwarded: 'You can close this window.',
  returnElsewhere: 'Verification finished — continue where you started.',
  announceLoading: 'Preparing verification',
  announceActive: 'Verification opened',
  approvedTitle: 'Identity verified',
  approvedBody: 'Thank you. Your identity has been confirmed.',
  rejectedTitle: "We couldn't verify your identity",
  rejectedBody: 'Your verification was not approved. If you have questions, please contact support.',
  rejectedRetryBody: 'Please try again with a valid document and clear photos.',
  cancelledBody: "You can start again whenever you're ready.",
  expiredBody: 'For your security, verification links are only valid for a limited time. Start again to get a new one.',
  contactSupport: 'If you need help, please contact support.',
  errorBody: 'Something went wrong during the verification. Please try again.',
  errorFinalBody: 'Something went wrong during the verification. Please contact support.',
  errorNetworkBody: "We couldn't reach the verification service. Check your connection and try again.",
  errorSetupBody: "Verification isn't available right now. Please try again later or contact support.",
  errorPopupBody: 'Your browser blocked the verification window. Allow pop-ups for this site, then try again.',
  errorCameraBody: "We couldn't use a camera on this device. Continue on your phone, or allow camera access and try again.",
  errorCode: 'Error code: {code}',
};

const de: ElementStrings = {
  start: 'Identität bestätigen',
  loading: 'Ihre Verifizierung wird vorbereitet…',
  frameTitle: 'Identitätsprüfung',
  flowLoading: 'Die Verifizierung wird geladen…',
  doneTitle: 'Verifizierung übermittelt',
  doneBody: 'Vielen Dank. Wir prüfen jetzt Ihre Angaben und informieren Sie, sobald die Prüfung abgeschlossen ist.',
  cancelledTitle: 'Verifizierung abgebrochen',
  errorTitle: 'Die Verifizierung konnte nicht abgeschlossen werden',
  expiredTitle: 'Dieser Verifizierungslink ist abgelaufen',
  retry: 'Erneut versuchen',
  continueOnPhone: 'Auf dem Smartphone fortfahren',
  returnForwarded: 'Sie können dieses Fenster schließen.',
  returnElsewhere: 'Verifizierung beendet – fahren Sie dort fort, wo Sie begonnen haben.',
  announceLoading: 'Verifizierung wird vorbereitet',
  announceActive: 'Verifizierung geöffnet',
  approvedTitle: 'Identität bestätigt',
  approvedBody: 'Vielen Dank. Ihre Identität wurde bestätigt.',
  rejectedTitle: 'Wir konnten Ihre Identität nicht bestätigen',
  rejectedBody: 'Ihre Verifizierung wurde nicht genehmigt. Bei Fragen wenden Sie sich bitte an den Support.',
  rejectedRetryBody: 'Bitte versuchen Sie es erneut mit einem gültigen Ausweisdokument und gut lesbaren Fotos.',
  cancelledBody: 'Sie können jederzeit neu beginnen.',
  expiredBody: 'Aus Sicherheitsgründen sind Verifizierungslinks nur begrenzt gültig. Beginnen Sie neu, um einen neuen Link zu erhalten.',
  contactSupport: 'Wenn Sie Hilfe benötigen, wenden Sie sich bitte an den Support.',
  errorBody: 'Bei der Verifizierung ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.',
  errorFinalBody: 'Bei der Verifizierung ist ein Fehler aufgetreten. Bitte wenden Sie sich an den Support.',
  errorNetworkBody: 'Der Verifizierungsdienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  errorSetupBody: 'Die Verifizierung ist derzeit nicht verfügbar. Bitte versuchen Sie es später erneut oder wenden Sie sich an den Support.',
  errorPopupBody: 'Ihr Browser hat das Verifizierungsfenster blockiert. Erlauben Sie Pop-ups für diese Website und versuchen Sie es dann erneut.',
  errorCameraBody: 'Die Kamera dieses Geräts konnte nicht verwendet werden. Fahren Sie auf Ihrem Smartphone fort oder erlauben Sie den Kamerazugriff und versuchen Sie es erneut.',
  errorCode: 'Fehlercode: {code}',
};

const fr: ElementStrings = {
  start: 'Vérifier votre identité',
  loading: 'Préparation de votre vérification…',
  frameTitle: "Vérification d'identité",
  flowLoading: 'Chargement de la vérification…',
  doneTitle: 'Vérification envoyée',
  doneBody: 'Merci. Nous examinons vos informations et vous préviendrons dès que la vérification sera terminée.',
  cancelledTitle: 'Vérification annulée',
  errorTitle: "La vérification n'a pas pu aboutir",
  expiredTitle: 'Ce lien de vérification a expiré',
  retry: 'Réessayer',
  continueOnPhone: 'Continuer sur votre téléphone',
  returnForwarded: 'Vous pouvez fermer cette fenêtre.',
  returnElsewhere: 'Vérification terminée — continuez là où vous avez commencé.',
  announceLoading: 'Préparation de la vérification',
  announceActive: 'Vérification ouverte',
  approvedTitle: 'Identité vérifiée',
  approvedBody: 'Merci. Votre identité a été confirmée.',
  rejectedTitle: "Nous n'avons pas pu vérifier votre identité",
  rejectedBody: "Votre vérification n'a pas été acceptée. Pour toute question, contactez le support.",
  rejectedRetryBody: "Veuillez réessayer avec une pièce d'identité valide et des photos nettes.",
  cancelledBody: 'Vous pouvez recommencer quand vous le souhaitez.',
  expiredBody: 'Pour votre sécurité, les liens de vérification ont une durée de validité limitée. Recommencez pour en obtenir un nouveau.',
  contactSupport: "Si vous avez besoin d'aide, contactez le support.",
  errorBody: 'Un problème est survenu pendant la vérification. Veuillez réessayer.',
  errorFinalBody: 'Un problème est survenu pendant la vérification. Veuillez contacter le support.',
  errorNetworkBody: 'Impossible de joindre le service de vérification. Vérifiez votre connexion et réessayez.',
  errorSetupBody: "La vérification n'est pas disponible pour le moment. Réessayez plus tard ou contactez le support.",
  errorPopupBody: 'Votre navigateur a bloqué la fenêtre de vérification. Autorisez les fenêtres pop-up pour ce site, puis réessayez.',
  errorCameraBody: "Impossible d'utiliser la caméra de cet appareil. Continuez sur votre téléphone, ou autorisez l'accès à la caméra et réessayez.",
  errorCode: "Code d'erreur\u00a0: {code}",
};

const es: ElementStrings = {
  start: 'Verificar tu identidad',
  loading: 'Preparando tu verificación…',
  frameTitle: 'Verificación de identidad',
  flowLoading: 'Cargando la verificación…',
  doneTitle: 'Verificación enviada',
  doneBody: 'Gracias. Estamos revisando tus datos y te avisaremos cuando la comprobación haya terminado.',
  cancelledTitle: 'Verificación cancelada',
  errorTitle: 'No se pudo completar la verificación',
  expiredTitle: 'Este enlace de verificación ha caducado',
  retry: 'Intentar de nuevo',
  continueOnPhone: 'Continuar en tu teléfono',
  returnForwarded: 'Puedes cerrar esta ventana.',
  returnElsewhere: 'Verificación terminada: continúa donde empezaste.',
  announceLoading: 'Preparando la verificación',
  announceActive: 'Verificación abierta',
  approvedTitle: 'Identidad verificada',
  approvedBody: 'Gracias. Tu identidad ha sido confirmada.',
  rejectedTitle: 'No hemos podido verificar tu identidad',
  rejectedBody: 'Tu verificación no ha sido aprobada. Si tienes preguntas, contacta con el servicio de asistencia.',
  rejectedRetryBody: 'Inténtalo de nuevo con un documento válido y fotos nítidas.',
  cancelledBody: 'Puedes volver a empezar cuando quieras.',
  expiredBody: 'Por tu seguridad, los enlaces de verificación tienen una validez limitada. Vuelve a empezar para obtener uno nuevo.',
  contactSupport: 'Si necesitas ayuda, contacta con el servicio de asistencia.',
  errorBody: 'Se ha producido un error durante la verificación. Inténtalo de nuevo.',
  errorFinalBody: 'Se ha producido un error durante la verificación. Contacta con el servicio de asistencia.',
  errorNetworkBody: 'No hemos podido conectar con el servicio de verificación. Comprueba tu conexión e inténtalo de nuevo.',
  errorSetupBody: 'La verificación no está disponible en este momento. Inténtalo más tarde o contacta con el servicio de asistencia.',
  errorPopupBody: 'Tu navegador ha bloqueado la ventana de verificación. Permite las ventanas emergentes para este sitio e inténtalo de nuevo.',
  errorCameraBody: 'No hemos podido usar la cámara de este dispositivo. Continúa en tu teléfono, o permite el acceso a la cámara e inténtalo de nuevo.',
  errorCode: 'Código de error: {code}',
};

const ar: ElementStrings = {
  start: 'تحقق من هويتك',
  loading: 'جارٍ تجهيز التحقق…',
  frameTitle: 'التحقق من الهوية',
  flowLoading: 'جارٍ تحميل التحقق…',
  doneTitle: 'تم إرسال طلب التحقق',
  doneBody: 'شكرًا لك. نراجع بياناتك الآن وسنُعلمك عند اكتمال التحقق.',
  cancelledTitle: 'تم إلغاء التحقق',
  errorTitle: 'تعذّر إكمال التحقق',
  expiredTitle: 'انتهت صلاحية رابط التحقق هذا',
  retry: 'حاول مرة أخرى',
  continueOnPhone: 'تابع على هاتفك',
  returnForwarded: 'يمكنك إغلاق هذه النافذة.',
  returnElsewhere: 'انتهى التحقق — تابع من حيث بدأت.',
  announceLoading: 'جارٍ تجهيز التحقق',
  announceActive: 'تم فتح التحقق',
  approvedTitle: 'تم التحقق من هويتك',
  approvedBody: 'شكرًا لك. تم تأكيد هويتك.',
  rejectedTitle: 'تعذّر علينا التحقق من هويتك',
  rejectedBody: 'لم تتم الموافقة على طلب التحقق. إذا كانت لديك أسئلة، يُرجى التواصل مع فريق الدعم.',
  rejectedRetryBody: 'يُرجى المحاولة مرة أخرى باستخدام مستند صالح وصور واضحة.',
  cancelledBody: 'يمكنك البدء من جديد متى شئت.',
  expiredBody: 'حفاظًا على أمانك، تكون روابط التحقق صالحة لمدة محدودة. ابدأ من جديد للحصول على رابط جديد.',
  contactSupport: 'إذا احتجت إلى مساعدة، يُرجى التواصل مع فريق الدعم.',
  errorBody: 'حدث خطأ أثناء التحقق. يُرجى المحاولة مرة أخرى.',
  errorFinalBody: 'حدث خطأ أثناء التحقق. يُرجى التواصل مع فريق الدعم.',
  errorNetworkBody: 'تعذّر الاتصال بخدمة التحقق. تحقق من اتصالك بالإنترنت وحاول مرة أخرى.',
  errorSetupBody: 'التحقق غير متاح حاليًا. يُرجى المحاولة لاحقًا أو التواصل مع فريق الدعم.',
  errorPopupBody: 'حظر متصفحك نافذة التحقق. اسمح بالنوافذ المنبثقة لهذا الموقع ثم حاول مرة أخرى.',
  errorCameraBody: 'تعذّر استخدام كاميرا هذا الجهاز. تابع على هاتفك، أو اسمح بالوصول إلى الكاميرا وحاول مرة أخرى.',
  errorCode: 'رمز الخطأ: {code}',
};

const it: ElementStrings = {
  start: 'Verifica la tua identità',
  loading: 'Stiamo preparando la verifica…',
  frameTitle: "Verifica dell'identità",
  flowLoading: 'Caricamento della verifica…',
  doneTitle: 'Verifica inviata',
  doneBody: 'Grazie. Stiamo controllando i tuoi dati e ti avviseremo quando la verifica sarà completata.',
  cancelledTitle: 'Verifica annullata',
  errorTitle: 'Non è stato possibile completare la verifica',
  expiredTitle: 'Questo link di verifica è scaduto',
  retry: 'Riprova',
  continueOnPhone: 'Continua sul telefono',
  returnForwarded: 'Puoi chiudere questa finestra.',
  returnElsewhere: 'Verifica terminata: continua da dove avevi iniziato.',
  announceLoading: 'Preparazione della verifica',
  announceActive: 'Verifica aperta',
  approvedTitle: 'Identità verificata',
  approvedBody: 'Grazie. La tua identità è stata confermata.',
  rejectedTitle: 'Non è stato possibile verificare la tua identità',
  rejectedBody: "La tua verifica non è stata approvata. Per qualsiasi domanda, contatta l'assistenza.",
  rejectedRetryBody: 'Riprova con un documento valido e foto nitide.',
  cancelledBody: 'Puoi ricominciare quando vuoi.',
  expiredBody: 'Per la tua sicurezza, i link di verifica hanno una validità limitata. Ricomincia per riceverne uno nuovo.',
  contactSupport: "Se hai bisogno di aiuto, contatta l'assistenza.",
  errorBody: 'Si è verificato un problema durante la verifica. Riprova.',
  errorFinalBody: "Si è verificato un problema durante la verifica. Contatta l'assistenza.",
  errorNetworkBody: 'Impossibile raggiungere il servizio di verifica. Controlla la connessione e riprova.',
  errorSetupBody: "La verifica non è disponibile al momento. Riprova più tardi o contatta l'assistenza.",
  errorPopupBody: 'Il browser ha bloccato la finestra di verifica. Consenti i pop-up per questo sito, poi riprova.',
  errorCameraBody: "Impossibile usare la fotocamera di questo dispositivo. Continua sul telefono, oppure consenti l'accesso alla fotocamera e riprova.",
  errorCode: 'Codice di errore: {code}',
};

const ptBR: ElementStrings = {
  start: 'Verificar sua identidade',
  loading: 'Preparando sua verificação…',
  frameTitle: 'Verificação de identidade',
  flowLoading: 'Carregando a verificação…',
  doneTitle: 'Verificação enviada',
  doneBody: 'Obrigado. Estamos analisando seus dados e avisaremos você quando a verificação for concluída.',
  cancelledTitle: 'Verificação cancelada',
  errorTitle: 'Não foi possível concluir a verificação',
  expiredTitle: 'Este link de verificação expirou',
  retry: 'Tentar novamente',
  continueOnPhone: 'Continuar no celular',
  returnForwarded: 'Você já pode fechar esta janela.',
  returnElsewhere: 'Verificação concluída. Continue de onde você começou.',
  announceLoading: 'Preparando a verificação',
  announceActive: 'Verificação aberta',
  approvedTitle: 'Identidade verificada',
  approvedBody: 'Obrigado. Sua identidade foi confirmada.',
  rejectedTitle: 'Não foi possível verificar sua identidade',
  rejectedBody: 'Sua verificação não foi aprovada. Se tiver dúvidas, entre em contato com o suporte.',
  rejectedRetryBody: 'Tente novamente com um documento válido e fotos nítidas.',
  cancelledBody: 'Você pode começar de novo quando quiser.',
  expiredBody: 'Para sua segurança, os links de verificação têm validade limitada. Comece de novo para receber um novo link.',
  contactSupport: 'Se precisar de ajuda, entre em contato com o suporte.',
  errorBody: 'Algo deu errado durante a verificação. Tente novamente.',
  errorFinalBody: 'Algo deu errado durante a verificação. Entre em contato com o suporte.',
  errorNetworkBody: 'Não foi possível acessar o serviço de verificação. Verifique sua conexão e tente novamente.',
  errorSetupBody: 'A verificação não está disponível no momento. Tente novamente mais tarde ou entre em contato com o suporte.',
  errorPopupBody: 'Seu navegador bloqueou a janela de verificação. Permita pop-ups para este site e tente novamente.',
  errorCameraBody: 'Não foi possível usar a câmera deste dispositivo. Continue no celular ou permita o acesso à câmera e tente novamente.',
  errorCode: 'Código de erro: {code}',
};

const ptPT: ElementStrings = {
  start: 'Verificar a sua identidade',
  loading: 'A preparar a sua verificação…',
  frameTitle: 'Verificação de identidade',
  flowLoading: 'A carregar a verificação…',
  doneTitle: 'Verificação enviada',
  doneBody: 'Obrigado. Estamos a analisar os seus dados e iremos informá-lo quando a verificação estiver concluída.',
  cancelledTitle: 'Verificação cancelada',
  errorTitle: 'Não foi possível concluir a verificação',
  expiredTitle: 'Esta ligação de verificação expirou',
  retry: 'Tentar novamente',
  continueOnPhone: 'Continuar no telemóvel',
  returnForwarded: 'Já pode fechar esta janela.',
  returnElsewhere: 'Verificação concluída. Continue onde começou.',
  announceLoading: 'A preparar a verificação',
  announceActive: 'Verificação aberta',
  approvedTitle: 'Identidade verificada',
  approvedBody: 'Obrigado. A sua identidade foi confirmada.',
  rejectedTitle: 'Não foi possível verificar a sua identidade',
  rejectedBody: 'A sua verificação não foi aprovada. Se tiver dúvidas, contacte o apoio ao cliente.',
  rejectedRetryBody: 'Tente novamente com um documento válido e fotografias nítidas.',
  cancelledBody: 'Pode recomeçar quando quiser.',
  expiredBody: 'Por motivos de segurança, as ligações de verificação têm uma validade limitada. Recomece para receber uma nova ligação.',
  contactSupport: 'Se precisar de ajuda, contacte o apoio ao cliente.',
  errorBody: 'Ocorreu um problema durante a verificação. Tente novamente.',
  errorFinalBody: 'Ocorreu um problema durante a verificação. Contacte o apoio ao cliente.',
  errorNetworkBody: 'Não foi possível contactar o serviço de verificação. Verifique a sua ligação à Internet e tente novamente.',
  errorSetupBody: 'A verificação não está disponível neste momento. Tente novamente mais tarde ou contacte o apoio ao cliente.',
  errorPopupBody: 'O seu navegador bloqueou a janela de verificação. Permita janelas pop-up para este site e tente novamente.',
  errorCameraBody: 'Não foi possível utilizar a câmara deste dispositivo. Continue no telemóvel ou permita o acesso à câmara e tente novamente.',
  errorCode: 'Código de erro: {code}',
};

const nl: ElementStrings = {
  start: 'Verifieer je identiteit',
  loading: 'Je verificatie wordt voorbereid…',
  frameTitle: 'Identiteitsverificatie',
  flowLoading: 'De verificatie wordt geladen…',
  doneTitle: 'Verificatie verstuurd',
  doneBody: 'Bedankt. We controleren je gegevens en laten het je weten zodra de controle klaar is.',
  cancelledTitle: 'Verificatie geannuleerd',
  errorTitle: 'De verificatie kon niet worden voltooid',
  expiredTitle: 'Deze verificatielink is verlopen',
  retry: 'Opnieuw proberen',
  continueOnPhone: 'Verdergaan op je telefoon',
  returnForwarded: 'Je kunt dit venster sluiten.',
  returnElsewhere: 'Verificatie voltooid. Ga verder waar je begon.',
  announceLoading: 'Verificatie wordt voorbereid',
  announceActive: 'Verificatie geopend',
  approvedTitle: 'Identiteit geverifieerd',
  approvedBody: 'Bedankt. Je identiteit is bevestigd.',
  rejectedTitle: 'We konden je identiteit niet verifiëren',
  rejectedBody: 'Je verificatie is niet goedgekeurd. Neem bij vragen contact op met de klantenservice.',
  rejectedRetryBody: "Probeer het opnieuw met een geldig identiteitsbewijs en scherpe foto's.",
  cancelledBody: 'Je kunt opnieuw beginnen wanneer je wilt.',
  expiredBody: 'Voor je veiligheid zijn verificatielinks maar beperkt geldig. Begin opnieuw om een nieuwe link te krijgen.',
  contactSupport: 'Heb je hulp nodig? Neem contact op met de klantenservice.',
  errorBody: 'Er ging iets mis tijdens de verificatie. Probeer het opnieuw.',
  errorFinalBody: 'Er ging iets mis tijdens de verificatie. Neem contact op met de klantenservice.',
  errorNetworkBody: 'De verificatiedienst is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.',
  errorSetupBody: 'Verificatie is op dit moment niet beschikbaar. Probeer het later opnieuw of neem contact op met de klantenservice.',
  errorPopupBody: 'Je browser heeft het verificatievenster geblokkeerd. Sta pop-ups toe voor deze website en probeer het opnieuw.',
  errorCameraBody: 'De camera van dit apparaat kon niet worden gebruikt. Ga verder op je telefoon, of geef toegang tot de camera en probeer het opnieuw.',
  errorCode: 'Foutcode: {code}',
};

const pl: ElementStrings = {
  start: 'Potwierdź swoją tożsamość',
  loading: 'Przygotowujemy weryfikację…',
  frameTitle: 'Weryfikacja tożsamości',
  flowLoading: 'Wczytywanie weryfikacji…',
  doneTitle: 'Weryfikacja przesłana',
  doneBody: 'Dziękujemy. Sprawdzamy Twoje dane i poinformujemy Cię, gdy weryfikacja się zakończy.',
  cancelledTitle: 'Weryfikacja anulowana',
  errorTitle: 'Nie udało się ukończyć weryfikacji',
  expiredTitle: 'Ten link weryfikacyjny wygasł',
  retry: 'Spróbuj ponownie',
  continueOnPhone: 'Kontynuuj na telefonie',
  returnForwarded: 'Możesz zamknąć to okno.',
  returnElsewhere: 'Weryfikacja zakończona — wróć tam, gdzie ją rozpoczęto.',
  announceLoading: 'Przygotowywanie weryfikacji',
  announceActive: 'Weryfikacja otwarta',
  approvedTitle: 'Tożsamość potwierdzona',
  approvedBody: 'Dziękujemy. Twoja tożsamość została potwierdzona.',
  rejectedTitle: 'Nie udało się potwierdzić Twojej tożsamości',
  rejectedBody: 'Twoja weryfikacja nie została zaakceptowana. Jeśli masz pytania, skontaktuj się z obsługą klienta.',
  rejectedRetryBody: 'Spróbuj ponownie, używając ważnego dokumentu i wyraźnych zdjęć.',
  cancelledBody: 'Możesz zacząć od nowa, kiedy chcesz.',
  expiredBody: 'Ze względów bezpieczeństwa linki weryfikacyjne są ważne tylko przez ograniczony czas. Zacznij od nowa, aby otrzymać nowy link.',
  contactSupport: 'Jeśli potrzebujesz pomocy, skontaktuj się z obsługą klienta.',
  errorBody: 'Podczas weryfikacji coś poszło nie tak. Spróbuj ponownie.',
  errorFinalBody: 'Podczas weryfikacji coś poszło nie tak. Skontaktuj się z obsługą klienta.',
  errorNetworkBody: 'Nie udało się połączyć z usługą weryfikacji. Sprawdź połączenie z internetem i spróbuj ponownie.',
  errorSetupBody: 'Weryfikacja jest obecnie niedostępna. Spróbuj ponownie później lub skontaktuj się z obsługą klienta.',
  errorPopupBody: 'Przeglądarka zablokowała okno weryfikacji. Zezwól na wyskakujące okna dla tej strony i spróbuj ponownie.',
  errorCameraBody: 'Nie udało się użyć aparatu na tym urządzeniu. Kontynuuj na telefonie albo zezwól na dostęp do aparatu i spróbuj ponownie.',
  errorCode: 'Kod błędu: {code}',
};

const tr: ElementStrings = {
  start: 'Kimliğinizi doğrulayın',
  loading: 'Doğrulamanız hazırlanıyor…',
  frameTitle: 'Kimlik doğrulama',
  flowLoading: 'Doğrulama yükleniyor…',
  doneTitle: 'Doğrulama gönderildi',
  doneBody: 'Teşekkürler. Bilgilerinizi inceliyoruz; kontrol tamamlandığında size haber vereceğiz.',
  cancelledTitle: 'Doğrulama iptal edildi',
  errorTitle: 'Doğrulama tamamlanamadı',
  expiredTitle: 'Bu doğrulama bağlantısının süresi doldu',
  retry: 'Tekrar dene',
  continueOnPhone: 'Telefonunuzda devam edin',
  returnForwarded: 'Bu pencereyi kapatabilirsiniz.',
  returnElsewhere: 'Doğrulama tamamlandı. Başladığınız yerden devam edin.',
  announceLoading: 'Doğrulama hazırlanıyor',
  announceActive: 'Doğrulama açıldı',
  approvedTitle: 'Kimliğiniz doğrulandı',
  approvedBody: 'Teşekkürler. Kimliğiniz onaylandı.',
  rejectedTitle: 'Kimliğinizi doğrulayamadık',
  rejectedBody: 'Doğrulamanız onaylanmadı. Sorularınız için lütfen destek ekibiyle iletişime geçin.',
  rejectedRetryBody: 'Lütfen geçerli bir belge ve net fotoğraflarla tekrar deneyin.',
  cancelledBody: 'İstediğiniz zaman yeniden başlayabilirsiniz.',
  expiredBody: 'Güvenliğiniz için doğrulama bağlantıları sınırlı bir süre geçerlidir. Yeni bir bağlantı almak için yeniden başlayın.',
  contactSupport: 'Yardıma ihtiyacınız olursa lütfen destek ekibiyle iletişime geçin.',
  errorBody: 'Doğrulama sırasında bir sorun oluştu. Lütfen tekrar deneyin.',
  errorFinalBody: 'Doğrulama sırasında bir sorun oluştu. Lütfen destek ekibiyle iletişime geçin.',
  errorNetworkBody: 'Doğrulama hizmetine ulaşılamadı. İnternet bağlantınızı kontrol edip tekrar deneyin.',
  errorSetupBody: 'Doğrulama şu anda kullanılamıyor. Lütfen daha sonra tekrar deneyin veya destek ekibiyle iletişime geçin.',
  errorPopupBody: 'Tarayıcınız doğrulama penceresini engelledi. Bu site için açılır pencerelere izin verip tekrar deneyin.',
  errorCameraBody: 'Bu cihazın kamerası kullanılamadı. Telefonunuzda devam edin veya kamera erişimine izin verip tekrar deneyin.',
  errorCode: 'Hata kodu: {code}',
};

const zhCN: ElementStrings = {
  start: '验证您的身份',
  loading: '正在准备验证…',
  frameTitle: '身份验证',
  flowLoading: '正在加载验证…',
  doneTitle: '验证信息已提交',
  doneBody: '谢谢。我们正在审核您的信息，审核完成后会通知您。',
  cancelledTitle: '验证已取消',
  errorTitle: '无法完成验证',
  expiredTitle: '此验证链接已过期',
  retry: '重试',
  continueOnPhone: '在手机上继续',
  returnForwarded: '您可以关闭此窗口。',
  returnElsewhere: '验证已完成，请回到开始验证的页面继续。',
  announceLoading: '正在准备验证',
  announceActive: '验证已打开',
  approvedTitle: '身份验证成功',
  approvedBody: '谢谢，您的身份已确认。',
  rejectedTitle: '无法验证您的身份',
  rejectedBody: '您的验证未获通过。如有疑问，请联系客服。',
  rejectedRetryBody: '请使用有效证件并拍摄清晰的照片后重试。',
  cancelledBody: '您可以随时重新开始。',
  expiredBody: '为保障您的安全，验证链接仅在有限时间内有效。请重新开始以获取新链接。',
  contactSupport: '如需帮助，请联系客服。',
  errorBody: '验证过程中出现问题，请重试。',
  errorFinalBody: '验证过程中出现问题，请联系客服。',
  errorNetworkBody: '无法连接验证服务。请检查网络连接后重试。',
  errorSetupBody: '验证服务暂时不可用。请稍后重试或联系客服。',
  errorPopupBody: '浏览器阻止了验证窗口。请允许此网站显示弹出窗口，然后重试。',
  errorCameraBody: '无法使用此设备的摄像头。请在手机上继续，或允许访问摄像头后重试。',
  errorCode: '错误代码：{code}',
};

const zhTW: ElementStrings = {
  start: '驗證您的身分',
  loading: '正在準備驗證…',
  frameTitle: '身分驗證',
  flowLoading: '正在載入驗證…',
  doneTitle: '驗證資料已送出',
  doneBody: '謝謝。我們正在審核您的資料，審核完成後會通知您。',
  cancelledTitle: '驗證已取消',
  errorTitle: '無法完成驗證',
  expiredTitle: '此驗證連結已過期',
  retry: '再試一次',
  continueOnPhone: '在手機上繼續',
  returnForwarded: '您可以關閉此視窗。',
  returnElsewhere: '驗證已完成，請回到開始驗證的頁面繼續。',
  announceLoading: '正在準備驗證',
  announceActive: '驗證已開啟',
  approvedTitle: '身分驗證成功',
  approvedBody: '謝謝，您的身分已確認。',
  rejectedTitle: '無法驗證您的身分',
  rejectedBody: '您的驗證未獲通過。如有疑問，請聯絡客服。',
  rejectedRetryBody: '請使用有效證件並拍攝清晰的照片後再試一次。',
  cancelledBody: '您可以隨時重新開始。',
  expiredBody: '為保障您的安全，驗證連結僅在有限時間內有效。請重新開始以取得新連結。',
  contactSupport: '如需協助，請聯絡客服。',
  errorBody: '驗證過程中發生問題，請再試一次。',
  errorFinalBody: '驗證過程中發生問題，請聯絡客服。',
  errorNetworkBody: '無法連線至驗證服務。請檢查網路連線後再試一次。',
  errorSetupBody: '驗證服務暫時無法使用。請稍後再試或聯絡客服。',
  errorPopupBody: '瀏覽器封鎖了驗證視窗。請允許此網站顯示彈出式視窗，然後再試一次。',
  errorCameraBody: '無法使用此裝置的相機。請在手機上繼續，或允許存取相機後再試一次。',
  errorCode: '錯誤代碼：{code}',
};

const ja: ElementStrings = {
  start: '本人確認を始める',
  loading: '本人確認の準備をしています…',
  frameTitle: '本人確認',
  flowLoading: '本人確認を読み込んでいます…',
  doneTitle: '本人確認の情報を送信しました',
  doneBody: 'ありがとうございます。現在内容を確認しています。確認が完了しましたらお知らせします。',
  cancelledTitle: '本人確認をキャンセルしました',
  errorTitle: '本人確認を完了できませんでした',
  expiredTitle: 'この本人確認リンクは有効期限が切れています',
  retry: 'もう一度試す',
  continueOnPhone: 'スマートフォンで続ける',
  returnForwarded: 'このウィンドウは閉じてかまいません。',
  returnElsewhere: '本人確認が完了しました。開始した画面に戻って続けてください。',
  announceLoading: '本人確認を準備しています',
  announceActive: '本人確認を開きました',
  approvedTitle: '本人確認が完了しました',
  approvedBody: 'ありがとうございます。ご本人であることを確認しました。',
  rejectedTitle: '本人確認ができませんでした',
  rejectedBody: '本人確認は承認されませんでした。ご不明な点はサポートまでお問い合わせください。',
  rejectedRetryBody: '有効な本人確認書類と鮮明な写真で、もう一度お試しください。',
  cancelledBody: 'いつでもやり直すことができます。',
  expiredBody: 'セキュリティのため、本人確認リンクの有効期間は限られています。新しいリンクを取得するには、最初からやり直してください。',
  contactSupport: 'お困りの場合は、サポートまでお問い合わせください。',
  errorBody: '本人確認中に問題が発生しました。もう一度お試しください。',
  errorFinalBody: '本人確認中に問題が発生しました。サポートまでお問い合わせください。',
  errorNetworkBody: '本人確認サービスに接続できませんでした。通信環境を確認して、もう一度お試しください。',
  errorSetupBody: '現在、本人確認をご利用いただけません。しばらくしてからもう一度お試しいただくか、サポートまでお問い合わせください。',
  errorPopupBody: 'ブラウザが本人確認のウィンドウをブロックしました。このサイトのポップアップを許可してから、もう一度お試しください。',
  errorCameraBody: 'この端末のカメラを使用できませんでした。スマートフォンで続けるか、カメラへのアクセスを許可してもう一度お試しください。',
  errorCode: 'エラーコード：{code}',
};

/** The element's strings, by BCP 47 tag: a language, or a language and region where they write differently. */
const CATALOG: Record<string, ElementStrings> = {en, es, fr, de, it, 'pt-BR': ptBR, 'pt-PT': ptPT, nl, pl, tr, ar, 'zh-CN': zhCN, 'zh-TW': zhTW, ja};

/** The catalog a bare language gets when only regional ones exist (CLDR's defaults: `pt` is Brazil's). */
const LANGUAGE_DEFAULTS: Record<string, string> = {pt: 'pt-BR', zh: 'zh-CN'};

/** Languages written right to left: the element sets `dir="rtl"` on its own UI for them. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);

export const baseLanguage = (locale: string) => locale.toLowerCase().split(/[-_]/)[0];

/**
 * The catalog keys to try for a locale, most specific first: language-REGION (`pt-BR`, `pt-PT`);
 * for Chinese, the script (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` → `zh-TW`; other Chinese → `zh-CN`);
 * the language (`pt`, `de`); the language's default region (`pt` → `pt-BR`); then `en`. So `pt-BR` →
 * `pt` → `en`, `de-CH` → `de`, `es-419` → `es`, `pt_PT` → `pt-PT`, `fy` → `en`.
 */
export function localeFallbacks(locale: string): string[] {
  const [first = '', ...rest] = locale.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const language = first.toLowerCase();
  const script = rest.find((part) => part.length === 4)?.toLowerCase();
  const region = rest.find((part) => /^([a-z]{2}|\d{3})$/i.test(part))?.toUpperCase();
  const keys: string[] = [];
  if (region) keys.push(`${language}-${region}`);
  if (language === 'zh') keys.push(script === 'hant' || ['TW', 'HK', 'MO'].includes(region ?? '') ? 'zh-TW' : 'zh-CN');
  keys.push(language);
  if (LANGUAGE_DEFAULTS[language]) keys.push(LANGUAGE_DEFAULTS[language]);
  keys.push('en');
  return [...new Set(keys)];
}

/** The entry of `catalog` for a locale, along `localeFallbacks`. */
export function pickLocale<T>(catalog: Readonly<Record<string, T>>, locale: string): T {
  const key = localeFallbacks(locale).find((candidate) => Object.prototype.hasOwnProperty.call(catalog, candidate));
  return catalog[key ?? 'en'];
}

/** The element's strings for a locale (`de-CH` → German, `pt-BR` → `pt` → English), with the host's overrides on top. */
export function stringsFor(locale: string, overrides: Partial<KycStrings> = {}): ElementStrings & Partial<ModeStrings> {
  return {...pickLocale(CATALOG, locale), ...overrides};
}

export const directionOf = (locale: string): 'rtl' | 'ltr' => (RTL.has(baseLanguage(locale)) ? 'rtl' : 'ltr');

/** Languages the element ships strings for. */
export const SHIPPED_LANGUAGES = Object.keys(CATALOG);
