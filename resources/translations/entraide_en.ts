<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AdoptDialog</name>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="92"/>
        <source>Nous l&apos;avons adoptée</source>
        <translation>We adopted it</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="94"/>
        <source>Dites aux autres associations où en est votre adoption de cette pratique et comment elle se passe. Vous pourrez revenir compléter cette note.</source>
        <translation>Tell the other associations where your adoption of this practice stands and how it is going. You can come back and add to this note.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="105"/>
        <source>Par exemple : nous l&apos;avons testée sur deux permanences ; les bénévoles ont apprécié…</source>
        <translation>For example: we tried it at two drop-in sessions; the volunteers liked it…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="108"/>
        <source>Facultatif</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="109"/>
        <source>Où en êtes-vous ?</source>
        <translation>Where are you with it?</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="110"/>
        <source>Comment ça se passe</source>
        <translation>How it is going</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="111"/>
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="112"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>AgreementSummary</name>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="43"/>
        <source>Avenant à la convention {0} « {1} »</source>
        <translation>Amendment to agreement {0} “{1}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="45"/>
        <source>Convention de partenariat</source>
        <translation>Partnership agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="48"/>
        <source>(Sans titre)</source>
        <translation>(Untitled)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="60"/>
        <source>Rédigée par une autre association ({0}) : vous la lisez, seule elle la modifie et la fait avancer.</source>
        <translation>Drafted by another association ({0}): you can read it; only that association can edit it and move it forward.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="66"/>
        <source>Avant la signature, complétez : {0}.</source>
        <translation>Before signing, fill in: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="77"/>
        <source>RNA {0}</source>
        <translation>RNA {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="79"/>
        <source>SIRET {0}</source>
        <translation>SIRET {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="86"/>
        <source>Représentée par {0}, {1}</source>
        <translation>Represented by {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="87"/>
        <source>qualité à préciser</source>
        <translation>capacity to be specified</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="96"/>
        <source>Assurée auprès de {0}, police n° {1}</source>
        <translation>Insured with {0}, policy no. {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="104"/>
        <source>Ses engagements :</source>
        <translation>Its commitments:</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="109"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="121"/>
        <source>À préciser.</source>
        <translation>To be specified.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="122"/>
        <source>Ce que l&apos;avenant modifie</source>
        <translation>What the amendment changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="126"/>
        <source>Préambule</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="126"/>
        <source>Objet</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="133"/>
        <source>date de début à fixer</source>
        <translation>start date to be set</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="135"/>
        <source>Du {0} au {1}</source>
        <translation>From {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="137"/>
        <source>À partir du {0}, pour {1} mois (jusqu&apos;au {2})</source>
        <translation>From {0}, for {1} months (until {2})</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="141"/>
        <source>À partir du {0}, fin à fixer</source>
        <translation>From {0}, end to be set</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="144"/>
        <source>Renouvellement : {0}</source>
        <translation>Renewal: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="145"/>
        <source>Préavis de résiliation : {0} jours</source>
        <translation>Termination notice period: {0} days</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="147"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="165"/>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="166"/>
        <source>Payé par</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="167"/>
        <source>À</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="168"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="169"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="177"/>
        <source>Dispositions financières</source>
        <translation>Financial provisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="190"/>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="190"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="190"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="190"/>
        <source>Prêté par</source>
        <translation>Lent by</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="193"/>
        <source>Matériel mis à disposition</source>
        <translation>Equipment made available</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="198"/>
        <source>Envoyée pour signature le {0}</source>
        <translation>Sent for signature on {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="200"/>
        <source>Signée le {0}</source>
        <translation>Signed on {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="202"/>
        <source>Terminée le {0}</source>
        <translation>Ended on {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="205"/>
        <source>Brouillon : pas encore envoyée pour signature.</source>
        <translation>Draft: not yet sent for signature.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="206"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="209"/>
        <source>lieu à préciser</source>
        <translation>place to be specified</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="211"/>
        <source>date écrite à la main</source>
        <translation>date written by hand</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="213"/>
        <source>{0} exemplaires originaux</source>
        <translation>{0} original copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="214"/>
        <source>Fait à {0}, {1} ; {2}.</source>
        <translation>Signed at {0}, {1}; {2}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/summary.py" line="215"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>AgreementsBanner</name>
    <message>
        <location filename="../../app/ui/agreements/banner.py" line="16"/>
        <source>Conventions à renouveler</source>
        <translation>Agreements due for renewal</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/banner.py" line="18"/>
        <source>Voir les conventions</source>
        <translation>View agreements</translation>
    </message>
</context>
<context>
    <name>AgreementsList</name>
    <message>
        <location filename="../../app/ui/agreements/list_view.py" line="41"/>
        <source>Conventions de partenariat</source>
        <translation>Partnership agreements</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_view.py" line="46"/>
        <source>Rechercher : référence, titre, association… (Ctrl+F)</source>
        <translation>Search: reference, title, association… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_view.py" line="48"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_view.py" line="51"/>
        <source>Nouvelle convention</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_view.py" line="53"/>
        <source>Rédiger une convention avec une ou plusieurs associations (Ctrl+N)</source>
        <translation>Draw up an agreement with one or more associations (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_view.py" line="81"/>
        <source>En italique : rédigée par une autre association (vous la lisez, seule elle la modifie).</source>
        <translation>In italics: drafted by another association (you can read it; only that association can edit it).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/agreements/list_view.py" line="141"/>
        <source>%Ln conventions et avenants</source>
        <translation>
            <numerusform>%Ln agreement or amendment</numerusform>
            <numerusform>%Ln agreements and amendments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/agreements/list_view.py" line="145"/>
        <source>{0} sur %Ln conventions et avenants</source>
        <translation>
            <numerusform>{0} of %Ln agreement or amendment</numerusform>
            <numerusform>{0} of %Ln agreements and amendments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_view.py" line="148"/>
        <source>Aucune convention ne correspond à cette recherche.</source>
        <translation>No agreement matches this search.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_view.py" line="160"/>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;Aucune convention pour l&apos;instant&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Une convention de partenariat met par écrit ce que des associations font ensemble : l&apos;objet de leur action, sa durée, les sommes versées, le matériel prêté, les assurances. Entraide la met en page pour l&apos;impression et la signature, puis vous rappelle son renouvellement.&lt;/p&gt;&lt;p&gt;Pour commencer, cliquez sur &lt;b&gt;« Nouvelle convention »&lt;/b&gt; (Ctrl+N) et choisissez les associations partenaires dans vos contacts. Les conventions qu&apos;une autre association rédige avec vous arrivent à la synchronisation.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;No agreements yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A partnership agreement puts in writing what associations do together: the purpose of their action, its duration, the sums paid, the equipment lent, the insurance. Entraide lays it out for printing and signature, then reminds you when it is due for renewal.&lt;/p&gt;&lt;p&gt;To start, click &lt;b&gt;“New agreement”&lt;/b&gt; (Ctrl+N) and choose the partner associations from your contacts. Agreements that another association draws up with you arrive when you sync.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_view.py" line="177"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <location filename="../../app/ui/agreements/list_model.py" line="42"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_model.py" line="43"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_model.py" line="44"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_model.py" line="45"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_model.py" line="46"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_model.py" line="47"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_model.py" line="48"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_model.py" line="56"/>
        <source>(Sans titre)</source>
        <translation>(Untitled)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_model.py" line="59"/>
        <source>{0} (avenant à {1})</source>
        <translation>{0} (amendment to {1})</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/list_model.py" line="90"/>
        <source>Rédigée par une autre association : vous la lisez, seule elle la modifie.</source>
        <translation>Drafted by another association: you can read it; only that association can edit it.</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="125"/>
        <source>Convention enregistrée.</source>
        <translation>Agreement saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="147"/>
        <source>Convention envoyée pour signature : imprimez-la pour les signataires. Elle ne se modifie plus, sauf à la remettre en brouillon.</source>
        <translation>Agreement sent for signature: print it for the signatories. It can no longer be edited unless you put it back to draft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="154"/>
        <source>Convention remise en brouillon : vous pouvez la modifier.</source>
        <translation>Agreement put back to draft: you can edit it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="198"/>
        <source>Convention marquée comme signée.</source>
        <translation>Agreement marked as signed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="205"/>
        <source>Convention terminée : elle reste consultable.</source>
        <translation>Agreement ended: it can still be viewed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="222"/>
        <source>Brouillon {0} rétabli.</source>
        <translation>Draft {0} restored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="226"/>
        <source>Brouillon {0} supprimé (Ctrl+Z pour le rétablir).</source>
        <translation>Draft {0} deleted (Ctrl+Z to restore it).</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="234"/>
        <source>Supprimer le brouillon {0}</source>
        <translation>Delete draft {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="245"/>
        <source>Rappel : {0} jours avant la fin.</source>
        <translation>Reminder: {0} days before the end.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="263"/>
        <source>Enregistrer la convention en PDF</source>
        <translation>Save the agreement as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="265"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="281"/>
        <source>PDF enregistré : {0}</source>
        <translation>PDF saved: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="299"/>
        <source>Impression en cours…</source>
        <translation>Printing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/agreements/view.py" line="304"/>
        <source>Envoyée à l&apos;imprimante (%Ln pages).</source>
        <translation>
            <numerusform>Sent to the printer (%Ln page).</numerusform>
            <numerusform>Sent to the printer (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="307"/>
        <source>L&apos;impression a échoué : {0}</source>
        <translation>Printing failed: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="329"/>
        <source>Le scan n&apos;a pas pu être ouvert.</source>
        <translation>The scan could not be opened.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="342"/>
        <source>Scan joint : {0}</source>
        <translation>Scan attached: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="359"/>
        <source>La convention en cours de rédaction a des modifications non enregistrées. Quitter quand même ?</source>
        <translation>The agreement being drafted has unsaved changes. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/view.py" line="362"/>
        <source>Continuer la rédaction</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/printing.py" line="99"/>
        <source>Imprimer la convention</source>
        <translation>Print the agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="52"/>
        <source>Choisir le scan de l&apos;original signé</source>
        <translation>Choose the scan of the signed original</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="54"/>
        <source>PDF ou images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF or images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/common.py" line="40"/>
        <source>Cette convention n&apos;existe plus (elle a peut-être été supprimée).</source>
        <translation>This agreement no longer exists (it may have been deleted).</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../app/ui/equipment/answer_dialog.py" line="21"/>
        <source>Répondre à une demande</source>
        <translation>Answer a request</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/answer_dialog.py" line="21"/>
        <source>Envoyer la réponse</source>
        <translation>Send the answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/answer_dialog.py" line="24"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;demandé par {1}, du {2} au {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;requested by {1}, from {2} to {3}</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/answer_dialog.py" line="26"/>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/answer_dialog.py" line="33"/>
        <source>Accepter le prêt</source>
        <translation>Accept the loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/answer_dialog.py" line="34"/>
        <source>Refuser le prêt</source>
        <translation>Decline the loan</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/answer_dialog.py" line="47"/>
        <location filename="../../app/ui/equipment/answer_dialog.py" line="56"/>
        <source>ex. à venir chercher le vendredi après 18 h</source>
        <translation>e.g. to be collected on Friday after 6 pm</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/answer_dialog.py" line="48"/>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/answer_dialog.py" line="49"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/answer_dialog.py" line="54"/>
        <source>ex. le matériel est en réparation ce jour-là</source>
        <translation>e.g. the equipment is being repaired that day</translation>
    </message>
</context>
<context>
    <name>AvailabilityCalendar</name>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="64"/>
        <source>Mois précédent (Page précédente)</source>
        <translation>Previous month (Page Up)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="67"/>
        <source>Mois suivant (Page suivante)</source>
        <translation>Next month (Page Down)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="86"/>
        <location filename="../../app/ui/equipment/calendar_view.py" line="230"/>
        <source>Cliquez le premier jour libre puis le dernier pour réserver.</source>
        <translation>Click the first free day, then the last one, to book.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="105"/>
        <location filename="../../app/ui/equipment/calendar_view.py" line="199"/>
        <source>Libre</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="106"/>
        <source>Nos réservations</source>
        <translation>Our bookings</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="107"/>
        <source>Réservé (confirmé)</source>
        <translation>Booked (confirmed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="108"/>
        <source>Réservé (provisoire)</source>
        <translation>Booked (provisional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="109"/>
        <source>En retard, pas encore rendu</source>
        <translation>Overdue, not returned yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="110"/>
        <source>Marge avant ou après</source>
        <translation>Margin before or after</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="111"/>
        <source>Maintenance, hors service</source>
        <translation>Maintenance, out of service</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="200"/>
        <source>Réservé par nous</source>
        <translation>Booked by us</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="201"/>
        <source>Réservé (confirmé par le hub)</source>
        <translation>Booked (confirmed by the hub)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="202"/>
        <source>Réservé (provisoire, pas encore confirmé)</source>
        <translation>Booked (provisional, not confirmed yet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="203"/>
        <source>Pas encore rendu (en retard)</source>
        <translation>Not returned yet (overdue)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="204"/>
        <source>Marge autour d&apos;une réservation</source>
        <translation>Margin around a booking</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="205"/>
        <source>Maintenance ou hors service</source>
        <translation>Maintenance or out of service</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="224"/>
        <source>Du {0} : cliquez maintenant le dernier jour (Échap pour annuler).</source>
        <translation>From {0}: now click the last day (Esc to cancel).</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="241"/>
        <source>Le {0} n&apos;est pas libre : choisissez un jour blanc.</source>
        <translation>{0} is not free: choose a white day.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/calendar_view.py" line="254"/>
        <source>Ces dates ne sont pas toutes libres (le {0} est pris).</source>
        <translation>These dates are not all free ({0} is taken).</translation>
    </message>
</context>
<context>
    <name>BackupsTable</name>
    <message>
        <location filename="../../app/ui/store/backups_table.py" line="21"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/backups_table.py" line="22"/>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/backups_table.py" line="23"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/backups_table.py" line="24"/>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/backups_table.py" line="25"/>
        <source>Pratiques</source>
        <translation>Practices</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/backups_table.py" line="26"/>
        <source>Conventions</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/backups_table.py" line="39"/>
        <source>quotidienne</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/backups_table.py" line="40"/>
        <source>avant une mise à jour</source>
        <translation>before an update</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/backups_table.py" line="41"/>
        <source>avant une synchronisation</source>
        <translation>before a sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/backups_table.py" line="42"/>
        <source>remplacée par une restauration</source>
        <translation>replaced by a restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/backups_table.py" line="43"/>
        <source>douteuse : faite d&apos;un fichier endommagé</source>
        <translation>doubtful: made from a damaged file</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/backups_table.py" line="44"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/backups_table.py" line="53"/>
        <source>illisible</source>
        <translation>unreadable</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../app/ui/shared/busy_indicator.py" line="18"/>
        <source>Travail en cours…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="44"/>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="45"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="46"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="47"/>
        <source>État</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="48"/>
        <source>Caution</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="49"/>
        <source>Disponibilité</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="64"/>
        <source>Notre association</source>
        <translation>Our association</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="68"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="79"/>
        <source>Sorti le {0}, retour prévu le {1} ; pas encore rendu.</source>
        <translation>Went out on {0}, due back on {1}; not returned yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="85"/>
        <source>Avec : {0}</source>
        <translation>With: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="87"/>
        <source>Les autres associations du réseau ne voient pas ce matériel.</source>
        <translation>The network&apos;s other associations do not see this equipment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="96"/>
        <source>Hors service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="100"/>
        <source>Réservé aujourd&apos;hui</source>
        <translation>Booked today</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="102"/>
        <source>Non partagé</source>
        <translation>Not shared</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_model.py" line="103"/>
        <source>Disponible</source>
        <translation>Available</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="60"/>
        <source>Rechercher du matériel : nom, catégorie, description… (Ctrl+F)</source>
        <translation>Search equipment: name, category, description… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="63"/>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="65"/>
        <source>Toutes les associations</source>
        <translation>All associations</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="66"/>
        <source>Notre association</source>
        <translation>Our association</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="67"/>
        <source>Nouveau matériel</source>
        <translation>New equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="68"/>
        <source>Ajouter du matériel de notre association (Ctrl+N)</source>
        <translation>Add our association&apos;s equipment (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="74"/>
        <source>Disponible du</source>
        <translation>Available from</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="82"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/equipment/catalogue_view.py" line="209"/>
        <source>%Ln matériels</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="225"/>
        <source>Aucun matériel dans le catalogue pour l&apos;instant.
Ajoutez celui de votre association (« Nouveau matériel ») ; celui des autres associations arrive avec la synchronisation.</source>
        <translation>No equipment in the catalogue yet.
Add your association&apos;s (“New equipment”); other associations&apos; equipment arrives with the sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="231"/>
        <source>Aucun matériel ne correspond à « {0} ».</source>
        <translation>No equipment matches “{0}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="233"/>
        <source>Aucun matériel n&apos;est disponible du {0} au {1}.</source>
        <translation>No equipment is available from {0} to {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="237"/>
        <source>Aucun matériel ne correspond à ces critères.</source>
        <translation>No equipment matches these criteria.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="242"/>
        <source>Essayez d&apos;autres mots, « Toutes les catégories », « Toutes les associations » ou d&apos;autres dates.</source>
        <translation>Try other words, “All categories”, “All associations” or other dates.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/catalogue_view.py" line="164"/>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="23"/>
        <source>Sortie du matériel</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="23"/>
        <source>Enregistrer la sortie</source>
        <translation>Record the check-out</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="32"/>
        <source>ex. 150 ; vide : pas de caution</source>
        <translation>e.g. 150; empty: no deposit</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="35"/>
        <source>Chèque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="36"/>
        <source>Espèces</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="37"/>
        <source>Virement</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="38"/>
        <source>Pas de caution</source>
        <translation>No deposit</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="44"/>
        <source>ex. 1234567</source>
        <translation>e.g. 1234567</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="46"/>
        <source>le bénévole qui remet le matériel</source>
        <translation>the volunteer handing the equipment over</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="48"/>
        <source>la personne qui l&apos;emporte</source>
        <translation>the person taking it away</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="50"/>
        <source>Date de sortie</source>
        <translation>Check-out date</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="52"/>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="54"/>
        <source>Accessoires remis</source>
        <translation>Accessories handed over</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="54"/>
        <source>aucun accessoire listé</source>
        <translation>no accessories listed</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="55"/>
        <source>État au départ</source>
        <translation>Condition when leaving</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="56"/>
        <source>Caution (€)</source>
        <translation>Deposit (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="58"/>
        <source>Versée par</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="59"/>
        <source>N° du chèque</source>
        <translation>Cheque number</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="60"/>
        <source>Remis par</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="61"/>
        <source>Reçu par</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="79"/>
        <source>Indiquez comment la caution est versée.</source>
        <translation>Say how the deposit is paid.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/checkout_dialog.py" line="81"/>
        <source>Indiquez le numéro du chèque de caution.</source>
        <translation>Give the number of the deposit cheque.</translation>
    </message>
</context>
<context>
    <name>ClauseBox</name>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="49"/>
        <source>Rétablir le texte standard</source>
        <translation>Restore the standard wording</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="50"/>
        <source>Revenir à la rédaction proposée par Entraide</source>
        <translation>Go back to the wording suggested by Entraide</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="53"/>
        <source>Enregistrer comme modèle…</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="72"/>
        <source>Texte standard d&apos;Entraide</source>
        <translation>Entraide&apos;s standard wording</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="74"/>
        <source>Rédaction propre à cette convention</source>
        <translation>Wording specific to this agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="91"/>
        <source>Modèles…</source>
        <translation>Templates…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="91"/>
        <source>Aucun modèle</source>
        <translation>No templates</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="96"/>
        <source>Supprimer un modèle…</source>
        <translation>Delete a template…</translation>
    </message>
</context>
<context>
    <name>ClausesPanel</name>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="117"/>
        <source>Par exemple : le tribunal judiciaire de Lyon</source>
        <translation>For example: le tribunal judiciaire de Lyon</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="118"/>
        <source>Tribunal compétent</source>
        <translation>Competent court</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="129"/>
        <source>Chaque article est imprimé tel qu&apos;il est écrit ici. Deux repères sont remplacés à l&apos;impression : {preavis} par le préavis en jours (onglet Durée) et {tribunal} par le tribunal compétent ci-dessus.</source>
        <translation>Each article is printed exactly as written here. Two markers are replaced when printing: {preavis} by the notice period in days (Duration tab) and {tribunal} by the competent court above.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="180"/>
        <source>Enregistrer comme modèle</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="181"/>
        <source>Nom du modèle pour l&apos;article « {0} » :</source>
        <translation>Template name for the article “{0}”:</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="194"/>
        <source>Modèle « {0} » enregistré : il est proposé dans « Modèles… » de cet article.</source>
        <translation>Template “{0}” saved: it is offered under “Templates…” for this article.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="206"/>
        <source>Supprimer un modèle</source>
        <translation>Delete a template</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="207"/>
        <source>Modèle à mettre à la corbeille (la Corbeille pourra le restaurer) :</source>
        <translation>Template to move to the bin (the Bin can restore it):</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_clauses.py" line="222"/>
        <source>Modèle « {0} » mis à la corbeille.</source>
        <translation>Template “{0}” moved to the bin.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="62"/>
        <source>Ces fiches ont été modifiées ici et ailleurs avant d&apos;être synchronisées, ou le hub a refusé une modification. Rien n&apos;est perdu : choisissez la version à garder.</source>
        <translation>These records were changed here and elsewhere before they were synced, or the hub refused a change. Nothing is lost: choose the version to keep.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="69"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="69"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="69"/>
        <source>Ici</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="69"/>
        <source>Ailleurs / raison</source>
        <translation>Elsewhere / reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="76"/>
        <source>Garder ma version</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="77"/>
        <source>Garder l&apos;autre version</source>
        <translation>Keep the other version</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="78"/>
        <source>Écrire une autre valeur…</source>
        <translation>Write another value…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="79"/>
        <source>J&apos;ai compris</source>
        <translation>Understood</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="89"/>
        <source>Aucun conflit : tout ce qui a été modifié ici et ailleurs s&apos;est accordé.

Une fiche modifiée des deux côtés avant la synchronisation, ou une modification refusée par le hub, apparaîtrait ici, avec ses deux versions.</source>
        <translation>No conflicts: everything changed here and elsewhere fitted together.

A record changed on both sides before syncing, or a change the hub refused, would appear here with both versions.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="138"/>
        <source>refusée</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="142"/>
        <source>{0} (gardé par le hub)</source>
        <translation>{0} (kept by the hub)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="145"/>
        <source>(fiche supprimée ailleurs)</source>
        <translation>(record deleted elsewhere)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="146"/>
        <source>(fiche supprimée ici, modifiée ailleurs)</source>
        <translation>(record deleted here, changed elsewhere)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="136"/>
        <source>(modification refusée)</source>
        <translation>(change refused)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="149"/>
        <location filename="../../app/ui/sync/conflicts_view.py" line="151"/>
        <source>supprimée</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="149"/>
        <location filename="../../app/ui/sync/conflicts_view.py" line="151"/>
        <source>modifiée</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="173"/>
        <source>Raison : {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="188"/>
        <source>Écrire une autre valeur</source>
        <translation>Write another value</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_view.py" line="189"/>
        <source>Ici : {0}
Ailleurs : {1}

Valeur à garder :</source>
        <translation>Here: {0}
Elsewhere: {1}

Value to keep:</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="130"/>
        <source>Ajouter un consentement</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="135"/>
        <source>Lettre d&apos;information</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="136"/>
        <source>Droit à l&apos;image</source>
        <translation>Photo and video consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="137"/>
        <source>Partage des coordonnées avec le réseau</source>
        <translation>Sharing contact details with the network</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="143"/>
        <source>ex. bulletin d&apos;adhésion papier</source>
        <translation>e.g. paper membership form</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="145"/>
        <source>Finalité</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="146"/>
        <source>Donné le</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="147"/>
        <source>Recueilli par</source>
        <translation>Collected via</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="99"/>
        <source>Consentements (RGPD)</source>
        <translation>Consents (GDPR)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="100"/>
        <source>Ajouter un consentement…</source>
        <translation>Add consent…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="101"/>
        <source>Retirer le consentement</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="108"/>
        <source>{0} — donné le {1}</source>
        <translation>{0} — given on {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="112"/>
        <source> — retiré le {0}</source>
        <translation> — withdrawn on {0}</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="46"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="47"/>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="48"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="49"/>
        <source>Fondation</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="50"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="54"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="55"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="56"/>
        <source>Nom de l&apos;organisation</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="57"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="61"/>
        <source>W suivi de 9 chiffres</source>
        <translation>W followed by 9 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="63"/>
        <source>adresse e-mail</source>
        <translation>email address</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="64"/>
        <source>numéro de téléphone</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="65"/>
        <source>adresse du site</source>
        <translation>website address</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="67"/>
        <source>N° RNA</source>
        <translation>RNA no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="68"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="62"/>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="71"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="72"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="73"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="74"/>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="75"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="76"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="76"/>
        <source>séparées par des virgules</source>
        <translation>separated by commas</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="77"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="84"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="86"/>
        <source>Enregistrer la fiche (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="87"/>
        <source>Annuler les modifications</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="172"/>
        <source>La fiche n&apos;est pas enregistrée : corrigez les champs signalés.</source>
        <translation>The record has not been saved: please correct the highlighted fields.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="191"/>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/form.py" line="193"/>
        <source>Nouvelle organisation</source>
        <translation>New organisation</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="59"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="60"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="61"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="62"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="63"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="76"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="76"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/list_model.py" line="81"/>
        <source>{0} (à vérifier)</source>
        <translation>{0} (to check)</translation>
    </message>
</context>
<context>
    <name>ContactTransfer</name>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="40"/>
        <source>Importer des contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="43"/>
        <source>Listes de contacts (*.csv *.txt *.xlsx *.xls *.ods *.vcf *.vcard);;Classeurs (*.xlsx *.xls *.ods);;CSV (*.csv *.txt);;vCard (*.vcf *.vcard);;Tous les fichiers (*)</source>
        <translation>Contact lists (*.csv *.txt *.xlsx *.xls *.ods *.vcf *.vcard);;Workbooks (*.xlsx *.xls *.ods);;CSV (*.csv *.txt);;vCard (*.vcf *.vcard);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="70"/>
        <source>Import terminé : {0} et {1}.</source>
        <translation>Import finished: {0} and {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="71"/>
        <source>{0} personne créée</source>
        <translation>{0} person created</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="71"/>
        <source>{0} personnes créées</source>
        <translation>{0} people created</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="74"/>
        <source>{0} organisation créée</source>
        <translation>{0} organisation created</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="75"/>
        <source>{0} organisations créées</source>
        <translation>{0} organisations created</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="84"/>
        <source>Import impossible</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="85"/>
        <source>Le fichier n&apos;a pas pu être importé ; rien n&apos;a été modifié.

{0}</source>
        <translation>The file could not be imported; nothing has been changed.

{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="92"/>
        <source>Exporter les contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="94"/>
        <source>CSV pour tableur (*.csv);;vCard (*.vcf)</source>
        <translation>CSV for spreadsheets (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="113"/>
        <source>{0} contact exporté vers {1}</source>
        <translation>{0} contact exported to {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="114"/>
        <source>{0} contacts exportés vers {1}</source>
        <translation>{0} contacts exported to {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/transfer.py" line="118"/>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="55"/>
        <source>Rechercher un nom, une organisation, un e-mail, un téléphone, une étiquette… (Ctrl+F)</source>
        <translation>Search for a name, organisation, email, phone number, tag… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="58"/>
        <source>Tous les contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="59"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="60"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="61"/>
        <source>Téléphone à vérifier</source>
        <translation>Phone to check</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="62"/>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="63"/>
        <source>Nouvelle personne (Ctrl+N)</source>
        <translation>New person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="64"/>
        <source>Nouvelle organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="65"/>
        <source>Nouvelle organisation (Ctrl+Maj+N)</source>
        <translation>New organisation (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="192"/>
        <source>Aucun contact ne correspond à « {0} ».</source>
        <translation>No contact matches “{0}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="194"/>
        <source>Choisissez « Tous les contacts » pour chercher partout.</source>
        <translation>Choose “All contacts” to search everywhere.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="197"/>
        <source>Aucun contact dans « {0} ».</source>
        <translation>No contact in “{0}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="199"/>
        <source>Aucun contact pour l&apos;instant.
Créez une fiche (Ctrl+N) ou importez un fichier (Fichier ▸ Importer des contacts…).</source>
        <translation>No contacts yet.
Create a record (Ctrl+N) or import a file (File ▸ Import contacts…).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/view.py" line="216"/>
        <source>plus de %Ln résultats</source>
        <translation>
            <numerusform>more than %Ln result</numerusform>
            <numerusform>more than %Ln results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/contacts/view.py" line="218"/>
        <source>%Ln résultats</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="102"/>
        <source>Recherche impossible : {0}</source>
        <translation>Search failed: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="156"/>
        <source>Mettre « {0} » à la corbeille</source>
        <translation>Move ‘{0}’ to the bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="160"/>
        <source>Mettre {0} contacts à la corbeille</source>
        <translation>Move {0} contacts to the bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/view.py" line="165"/>
        <source>{0} — Ctrl+Z pour annuler.</source>
        <translation>{0} — Ctrl+Z to undo.</translation>
    </message>
</context>
<context>
    <name>CourierActions</name>
    <message>
        <location filename="../../app/ui/sync/courier_menu.py" line="10"/>
        <source>Préparer un fichier pour le hub…</source>
        <translation>Prepare a file for the hub…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_menu.py" line="11"/>
        <source>Transmettre un fichier de liaison…</source>
        <translation>Carry a courier file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_menu.py" line="12"/>
        <source>Importer la réponse du hub…</source>
        <translation>Import the hub&apos;s answer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_menu.py" line="13"/>
        <source>Dossier de la clé USB…</source>
        <translation>USB stick folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="40"/>
        <source>Où écrire le fichier pour le hub ? (la clé USB)</source>
        <translation>Where should the file for the hub go? (the USB stick)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="55"/>
        <source>Fichiers de liaison à transmettre au hub</source>
        <translation>Courier files to carry to the hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="57"/>
        <location filename="../../app/ui/sync/courier_actions.py" line="75"/>
        <source>Fichiers de liaison Entraide (*.entraide)</source>
        <translation>Entraide courier files (*.entraide)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="73"/>
        <source>Réponse du hub à importer</source>
        <translation>The hub&apos;s answer to import</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="94"/>
        <source>Dossier de la clé USB : ses fichiers de liaison seront transmis à chaque synchronisation</source>
        <translation>USB stick folder: its courier files will be carried at each sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="107"/>
        <source>aucune modification, seulement les nouveautés à rapporter</source>
        <translation>no changes, only asking for what is new</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="111"/>
        <source>Fichier prêt pour le hub</source>
        <translation>File ready for the hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="113"/>
        <source>{0}
({1}) — {2}.

Confiez la clé à un ordinateur du réseau qui se connecte ; il rapportera la réponse à côté du fichier.</source>
        <translation>{0}
({1}) — {2}.

Hand the stick to a computer of the network that goes online; it will bring the answer back next to the file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="123"/>
        <source>{0} : transmis, réponse écrite à côté.</source>
        <translation>{0}: carried, answer written next to it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="126"/>
        <source>{0} : refusé — {1}</source>
        <translation>{0}: refused — {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="128"/>
        <source>Fichiers de liaison</source>
        <translation>Courier files</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="136"/>
        <source>Réponse du hub</source>
        <translation>The hub&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="137"/>
        <source>Cette réponse a déjà été importée le {0} : rien n&apos;a changé.</source>
        <translation>This answer was already imported on {0}: nothing changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="148"/>
        <source>Réponse du hub importée</source>
        <translation>The hub&apos;s answer was imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="143"/>
        <source>Envoyées : {0}. Reçues : {1}. Conflits : {2}.</source>
        <translation>Sent: {0}. Received: {1}. Conflicts: {2}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="155"/>
        <source>Beaucoup de suppressions</source>
        <translation>Many deletions</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="157"/>
        <source>{0}

Une sauvegarde de vos données a été faite avant. Continuer quand même ?</source>
        <translation>{0}

Your data was backed up first. Go on anyway?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="168"/>
        <source>Échec : {0}</source>
        <translation>Failed: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="169"/>
        <source>Fichier de liaison</source>
        <translation>Courier file</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="187"/>
        <source>{0} Ko</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/courier_actions.py" line="188"/>
        <source>{0} Mo</source>
        <translation>{0} MB</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="126"/>
        <source>Accepter la proposition</source>
        <translation>Accept the offer</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="126"/>
        <source>Décliner la proposition</source>
        <translation>Decline the offer</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="127"/>
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="127"/>
        <source>Décliner</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="130"/>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="132"/>
        <source>Un mot pour l&apos;autre association (facultatif)</source>
        <translation>A word for the other association (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="133"/>
        <source>Mot</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="138"/>
        <source>Accepter fait la demande de réservation de ce matériel, comme depuis la section Matériel.</source>
        <translation>Accepting requests a reservation of this equipment, as from the Equipment section.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="146"/>
        <source>à choisir</source>
        <translation>to choose</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="147"/>
        <source>le même jour</source>
        <translation>the same day</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="149"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="150"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>Deposit</name>
    <message>
        <location filename="../../app/ui/equipment/common.py" line="89"/>
        <source>La caution : une somme (souvent un chèque non encaissé) que l&apos;association qui emprunte confie au prêteur, rendue au retour si le matériel revient complet et en bon état.</source>
        <translation>The deposit: a sum (often an uncashed cheque) the borrowing association leaves with the lender, given back on return if the equipment comes back complete and in good condition.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="48"/>
        <source>Exporter ses données…</source>
        <translation>Export their data…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="49"/>
        <source>Anonymiser…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="50"/>
        <source>Rechercher les doublons…</source>
        <translation>Find duplicates…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="155"/>
        <location filename="../../app/ui/contacts/detail_pane.py" line="156"/>
        <source>Fiche enregistrée.</source>
        <translation>Record saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="164"/>
        <source>Cette fiche n&apos;existe plus (elle a peut-être été supprimée).</source>
        <translation>This record no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="166"/>
        <source>L&apos;opération a échoué : {0}</source>
        <translation>The operation failed: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="210"/>
        <source>Exporter les données de la personne</source>
        <translation>Export the person’s data</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="212"/>
        <source>JSON (*.json);;CSV pour tableur (*.csv)</source>
        <translation>JSON (*.json);;CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="225"/>
        <source>Données exportées dans {0}</source>
        <translation>Data exported to {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="234"/>
        <source>Anonymiser cette personne</source>
        <translation>Anonymise this person</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/detail_pane.py" line="236"/>
        <source>Le nom, les coordonnées, les notes et les consentements de cette personne seront effacés définitivement. Ses rôles passés restent attachés à une « Personne anonymisée ».

Cette action ne peut pas être annulée. Continuer ?</source>
        <translation>This person’s name, contact details, notes and consents will be permanently erased. Their past roles stay attached to an ‘anonymised person’.

This cannot be undone. Continue?</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="69"/>
        <source>← Conventions</source>
        <translation>← Agreements</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="70"/>
        <location filename="../../app/ui/needs/detail.py" line="71"/>
        <source>Revenir à la liste (Échap)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="89"/>
        <location filename="../../app/ui/needs/detail.py" line="76"/>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="90"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="91"/>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="92"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="93"/>
        <source>Envoyer pour signature</source>
        <translation>Send for signature</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="94"/>
        <source>Remettre en brouillon</source>
        <translation>Put back to draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="95"/>
        <source>Marquer comme signée…</source>
        <translation>Mark as signed…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="96"/>
        <source>Ouvrir le scan</source>
        <translation>Open the scan</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="97"/>
        <location filename="../../app/ui/agreements/detail.py" line="251"/>
        <source>Joindre un scan…</source>
        <translation>Attach a scan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="98"/>
        <source>Terminer la convention…</source>
        <translation>End the agreement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="99"/>
        <source>Nouvel avenant</source>
        <translation>New amendment</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="100"/>
        <source>Supprimer le brouillon</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="110"/>
        <source>Un avenant modifie une convention signée (une date, un montant, un engagement) sans la réécrire : il est signé à son tour par les mêmes parties.</source>
        <translation>An amendment changes a signed agreement (a date, an amount, a commitment) without rewriting it: the same parties sign it in turn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="117"/>
        <source>Le numéro de la convention : « entraide agreement-pdf » l&apos;accepte, comme sa référence.</source>
        <translation>The agreement&apos;s number: “entraide agreement-pdf” accepts it, like its reference.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="130"/>
        <source>Aucun avenant.</source>
        <translation>No amendments.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="135"/>
        <source> jours avant la fin</source>
        <translation> days before the end</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="136"/>
        <source>Rappel au démarrage d&apos;Entraide</source>
        <translation>Reminder when Entraide starts</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="144"/>
        <source>Étapes</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="148"/>
        <source>Original signé</source>
        <translation>Signed original</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="150"/>
        <source>Avenants</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="151"/>
        <source>Convention modifiée</source>
        <translation>Amended agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="154"/>
        <source>Rappel</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="202"/>
        <source>Rédigée par une autre association ({0}) : lecture seule</source>
        <translation>Drafted by another association ({0}): read-only</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="206"/>
        <source>Scan joint : {0}</source>
        <translation>Scan attached: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="208"/>
        <source>Aucun scan joint.</source>
        <translation>No scan attached.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="214"/>
        <source>{0} — ouvrir l&apos;avenant (double-clic ou Entrée)</source>
        <translation>{0} — open the amendment (double-click or Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="222"/>
        <source>Ouvrir {0}</source>
        <translation>Open {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="251"/>
        <source>Remplacer le scan…</source>
        <translation>Replace the scan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/detail.py" line="254"/>
        <source>Seule l&apos;association qui a rédigé la convention la modifie ou la fait avancer.</source>
        <translation>Only the association that drafted the agreement can edit it or move it forward.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="70"/>
        <source>← Besoins et propositions</source>
        <translation>← Needs and offers</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="77"/>
        <source>Marquer comme pourvu</source>
        <translation>Mark as met</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="78"/>
        <source>Retirer</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="79"/>
        <source>Rouvrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="105"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="105"/>
        <source>Piste</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="105"/>
        <location filename="../../app/ui/needs/detail.py" line="112"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="107"/>
        <location filename="../../app/ui/needs/detail.py" line="281"/>
        <location filename="../../app/ui/needs/detail.py" line="286"/>
        <source>Proposer…</source>
        <translation>Propose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="112"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="112"/>
        <source>Réponse</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="114"/>
        <source>Accepter…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="116"/>
        <source>Décliner…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="117"/>
        <source>Retirer notre réponse</source>
        <translation>Withdraw our response</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="118"/>
        <source>Aucune réponse pour l&apos;instant.</source>
        <translation>No response yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="142"/>
        <source>Meilleures pistes</source>
        <translation>Best leads</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="143"/>
        <source>Réponses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="189"/>
        <source>Publié par {0} : vous le lisez, seule cette association le modifie. Ci-dessous, ce que votre association pourrait lui proposer.</source>
        <translation>Posted by {0}: you read it, only that association edits it. Below, what your association could offer it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="206"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="207"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="208"/>
        <source>Où</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="208"/>
        <source>À distance</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="211"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="214"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="215"/>
        <source>Tout le réseau</source>
        <translation>The whole network</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="216"/>
        <source>Visible par</source>
        <translation>Visible to</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="218"/>
        <source>Expire le</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="237"/>
        <source>Vos contacts</source>
        <translation>Your contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="238"/>
        <source>Nous</source>
        <translation>Us</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="257"/>
        <source>Aucune piste pour l&apos;instant : d&apos;autres arriveront avec la synchronisation.</source>
        <translation>No lead yet: more will come with the sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="263"/>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="264"/>
        <source>Pratique</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="265"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="282"/>
        <source>Répondre…</source>
        <translation>Respond…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="283"/>
        <source>Réserver…</source>
        <translation>Reserve…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="284"/>
        <source>Contacter…</source>
        <translation>Contact…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="299"/>
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="300"/>
        <source>Retirée</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="301"/>
        <source>Acceptée</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="302"/>
        <source>Déclinée</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="308"/>
        <source>Notre réponse</source>
        <translation>Our response</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="308"/>
        <source>Une réponse</source>
        <translation>A response</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="309"/>
        <source>Nous → {0}</source>
        <translation>Us → {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="332"/>
        <source>Contact : {0}</source>
        <translation>Contact: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="336"/>
        <source>Réponse : {0}</source>
        <translation>Answer: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/detail.py" line="339"/>
        <source>Réservation : {0}</source>
        <translation>Reservation: {0}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="168"/>
        <source>Doublons possibles</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="171"/>
        <source>Ces fiches ressemblent beaucoup à celle-ci :</source>
        <translation>These records look very similar to this one:</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="173"/>
        <source>Aucun doublon probable n&apos;a été trouvé.</source>
        <translation>No likely duplicates were found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="185"/>
        <source>Enregistrer quand même</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="186"/>
        <source>Compléter la fiche existante</source>
        <translation>Add to the existing record</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="188"/>
        <source>Fusionner dans cette fiche</source>
        <translation>Merge into this record</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="190"/>
        <source>Ouvrir la fiche existante</source>
        <translation>Open the existing record</translation>
    </message>
</context>
<context>
    <name>DurationForm</name>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="103"/>
        <location filename="../../app/ui/agreements/editor_forms.py" line="106"/>
        <source>à fixer</source>
        <translation>to be set</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="104"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="105"/>
        <source>Pendant</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="110"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="136"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="137"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="138"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="139"/>
        <source>Renouvellement</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="140"/>
        <source>Préavis de résiliation</source>
        <translation>Termination notice period</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="145"/>
        <source>Tacite : la convention repart pour la même durée sauf si une partie la dénonce avant la fin, en respectant le préavis. Entraide vous le rappelle à temps.</source>
        <translation>Tacit: the agreement renews for the same duration unless a party terminates it before the end, giving the required notice. Entraide reminds you in good time.</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="66"/>
        <source>← Fermer l&apos;éditeur</source>
        <translation>← Close the editor</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="67"/>
        <source>Le brouillon est enregistré en fermant (Échap)</source>
        <translation>The draft is saved on closing (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="71"/>
        <source>Ce qui a changé (facultatif)</source>
        <translation>What changed (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="73"/>
        <location filename="../../app/ui/practices/editor.py" line="139"/>
        <source>Publier…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="74"/>
        <source>Rendre la pratique visible par tout le réseau (Ctrl+Maj+P)</source>
        <translation>Make the practice visible to the whole network (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="95"/>
        <source>Aperçu, tel que le réseau le lira</source>
        <translation>Preview, as the network will read it</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="131"/>
        <source>Vos modifications non publiées de cette pratique ont été retrouvées.</source>
        <translation>Your unpublished changes to this practice were found again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="139"/>
        <source>Enregistrer une nouvelle version…</source>
        <translation>Save as a new version…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="142"/>
        <source>Modifications non publiées</source>
        <translation>Unpublished changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="147"/>
        <source>Nouvelle pratique : le brouillon s&apos;enregistre tout seul</source>
        <translation>New practice: the draft saves itself</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="158"/>
        <source>Modifications en cours…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="186"/>
        <source>Modifications gardées (pas encore publiées) à {0}</source>
        <translation>Changes kept (not published yet) at {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="199"/>
        <source>Brouillon enregistré à {0}</source>
        <translation>Draft saved at {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="215"/>
        <source>Non enregistré : corrigez les champs signalés</source>
        <translation>Not saved: fix the marked fields</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="241"/>
        <source>Nouvelle version</source>
        <translation>New version</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="243"/>
        <source>Enregistrer ces modifications comme une nouvelle version, visible par tout le réseau ? La version précédente reste dans l&apos;historique.</source>
        <translation>Save these changes as a new version, visible to the whole network? The previous version stays in the history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="246"/>
        <source>Enregistrer la version</source>
        <translation>Save the version</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="261"/>
        <source>Publier la pratique</source>
        <translation>Publish the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="263"/>
        <source>Publier « {0} » ? Elle sera visible par toutes les associations du réseau après la prochaine synchronisation. Vous pourrez encore la modifier : chaque modification devient une nouvelle version.</source>
        <translation>Publish “{0}”? It will be visible to every association of the network after the next sync. You can still change it: each change becomes a new version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="266"/>
        <source>(Sans titre)</source>
        <translation>(Untitled)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor.py" line="267"/>
        <source>Publier</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="90"/>
        <location filename="../../app/ui/needs/editor.py" line="105"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="91"/>
        <source>Fermer sans enregistrer (Échap)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="92"/>
        <location filename="../../app/ui/needs/editor.py" line="101"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="93"/>
        <source>Enregistrer le brouillon (Ctrl+S)</source>
        <translation>Save the draft (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="115"/>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="116"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="117"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="118"/>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="119"/>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="120"/>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="121"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="165"/>
        <source>Avenant {0}</source>
        <translation>Amendment {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="167"/>
        <source>Modifier la convention {0}</source>
        <translation>Edit agreement {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="169"/>
        <source>Nouvelle convention</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="171"/>
        <source>La référence est attribuée au premier enregistrement.</source>
        <translation>The reference is assigned when first saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="184"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="225"/>
        <source>Votre association n&apos;est pas encore présentée : indiquez son nom, son RNA et son adresse dans Fichier ▸ Préférences, ou ajoutez-la depuis les contacts.</source>
        <translation>Your association has not introduced itself yet: enter its name, RNA number and address in File ▸ Preferences, or add it from the contacts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="301"/>
        <source>Non enregistré : corrigez ce qui est signalé ({0}). Rien de ce que vous avez tapé n&apos;est perdu.</source>
        <translation>Not saved: correct what is flagged ({0}). Nothing you have typed is lost.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="310"/>
        <source>Non enregistré</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="320"/>
        <location filename="../../app/ui/agreements/editor.py" line="322"/>
        <source>Abandonner les modifications</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor.py" line="321"/>
        <source>Vos modifications n&apos;ont pas été enregistrées. Les abandonner ?</source>
        <translation>Your changes have not been saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="61"/>
        <source>Un besoin</source>
        <translation>A need</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="62"/>
        <source>Une proposition</source>
        <translation>An offer</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="73"/>
        <source>ex. 5 bénévoles avec le permis B pour la collecte du 14 mars</source>
        <translation>e.g. 5 volunteers with a driving licence for the 14 March collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="82"/>
        <source>à choisir</source>
        <translation>to choose</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="82"/>
        <source>le même jour</source>
        <translation>the same day</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="84"/>
        <source>ex. le week-end, tous les mardis soir</source>
        <translation>e.g. at weekends, every Tuesday evening</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="87"/>
        <source>À distance (sans lieu)</source>
        <translation>Remote (no place)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="90"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="92"/>
        <source>numéro de téléphone</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="93"/>
        <source>adresse e-mail</source>
        <translation>email address</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="94"/>
        <source>la fin, ou dans 3 mois</source>
        <translation>the end, or in 3 months</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="95"/>
        <source>Tout le réseau</source>
        <translation>The whole network</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="96"/>
        <source>Seulement les associations cochées :</source>
        <translation>Only the associations ticked:</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="104"/>
        <source>Enregistrer (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="138"/>
        <source>C&apos;est</source>
        <translation>It is</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="139"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="140"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="141"/>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="142"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="143"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="144"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="145"/>
        <source>Quand, en mots</source>
        <translation>When, in words</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="146"/>
        <source>Où</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="148"/>
        <source>Combien</source>
        <translation>How many</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="149"/>
        <source>Personne à contacter</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="150"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="151"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="152"/>
        <source>Expire le</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="158"/>
        <source>Visible par</source>
        <translation>Visible to</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="193"/>
        <source>Nouvelle proposition</source>
        <translation>New offer</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="193"/>
        <source>Nouveau besoin</source>
        <translation>New need</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="195"/>
        <source>Modifier : {0}</source>
        <translation>Edit: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/editor.py" line="281"/>
        <source>Vérifiez les champs signalés en rouge : rien n&apos;est perdu.</source>
        <translation>Check the fields marked in red: nothing is lost.</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="143"/>
        <source>Terminer la convention</source>
        <translation>End the agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="147"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;La convention passe au statut « Terminée » ; elle reste consultable et imprimable.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;The agreement&apos;s status changes to “Ended”; it can still be viewed and printed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="159"/>
        <source>Par exemple : action terminée, bilan fait ensemble ; résiliation avec préavis…</source>
        <translation>For example: action completed, review done together; termination with notice…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="162"/>
        <source>Terminée le</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="163"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../app/ui/sync/enroll_dialog.py" line="32"/>
        <source>Relier cet ordinateur au hub</source>
        <translation>Link this computer to the hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enroll_dialog.py" line="35"/>
        <source>L&apos;administrateur du hub de votre réseau vous donne son adresse et un code à usage unique (par exemple ABCD-EFGH-JKLM).</source>
        <translation>Your network&apos;s hub administrator gives you its address and a one-time code (for example ABCD-EFGH-JKLM).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enroll_dialog.py" line="41"/>
        <source>commence par https://</source>
        <translation>starts with https://</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enroll_dialog.py" line="53"/>
        <source>Adresse du hub</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enroll_dialog.py" line="54"/>
        <source>Code d&apos;enrôlement</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enroll_dialog.py" line="55"/>
        <source>Nom de cet ordinateur</source>
        <translation>Name of this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enroll_dialog.py" line="71"/>
        <source>L&apos;adresse du hub commence par https:// (demandez-la à son administrateur).</source>
        <translation>The hub address starts with https:// (ask its administrator).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enroll_dialog.py" line="75"/>
        <source>Le code et le nom de l&apos;ordinateur sont nécessaires.</source>
        <translation>The code and the computer&apos;s name are needed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enroll_dialog.py" line="79"/>
        <source>Connexion au hub…</source>
        <translation>Connecting to the hub…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enroll_dialog.py" line="134"/>
        <source>Le hub ne répond pas : vérifiez son adresse et la connexion à Internet, puis cliquez de nouveau sur OK. Cet ordinateur n&apos;est pas encore relié au hub.</source>
        <translation>The hub does not answer: check its address and the Internet connection, then click OK again. This computer is not linked to the hub yet.</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="63"/>
        <source>Nouveau matériel</source>
        <translation>New equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="63"/>
        <source>Modifier le matériel</source>
        <translation>Edit equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="64"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="73"/>
        <source>ex. Audiovisuel, Mobilier, Cuisine</source>
        <translation>e.g. Audiovisual, Furniture, Kitchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="76"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="76"/>
        <source>ex. Vidéoprojecteur, barnum 3 × 6 m</source>
        <translation>e.g. Projector, 3 × 6 m marquee</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="77"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="78"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="79"/>
        <source>Rangé où</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="79"/>
        <source>ex. local associatif, armoire 2</source>
        <translation>e.g. club room, cupboard 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="80"/>
        <source>Valeur d&apos;achat (€)</source>
        <translation>Purchase value (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="80"/>
        <source>ex. 650</source>
        <translation>e.g. 650</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="81"/>
        <source>Caution demandée (€)</source>
        <translation>Deposit required (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="81"/>
        <source>ex. 150 ; vide : aucune</source>
        <translation>e.g. 150; empty: none</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="83"/>
        <source>État</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="84"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="93"/>
        <source>Choisir une photo…</source>
        <translation>Choose a photo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="94"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="105"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="108"/>
        <source>Accessoires</source>
        <translation>Accessories</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="109"/>
        <source>Un par ligne : câble HDMI, télécommande…</source>
        <translation>One per line: HDMI cable, remote control…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="111"/>
        <source>Partagé avec le réseau</source>
        <translation>Shared with the network</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="113"/>
        <source>Les autres associations du réseau le voient et peuvent le réserver.</source>
        <translation>The network&apos;s other associations see it and can book it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="114"/>
        <source>Hors service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="115"/>
        <source>Prêt</source>
        <translation>Lending</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="117"/>
        <source>Indisponible pour maintenance</source>
        <translation>Unavailable for maintenance</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="124"/>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="126"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="130"/>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="190"/>
        <source>Choisir une photo du matériel</source>
        <translation>Choose a photo of the equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="192"/>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="200"/>
        <source>Préparation…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="213"/>
        <source>Cette image ne peut pas être lue : choisissez une photo JPEG ou PNG.</source>
        <translation>This image cannot be read: choose a JPEG or PNG photo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="215"/>
        <source>Photo impossible : {0}</source>
        <translation>Photo failed: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/equipment_dialog.py" line="224"/>
        <source>Pas de photo</source>
        <translation>No photo</translation>
    </message>
</context>
<context>
    <name>EquipmentPicker</name>
    <message>
        <location filename="../../app/ui/agreements/pickers.py" line="139"/>
        <source>Ajouter du matériel du catalogue</source>
        <translation>Add equipment from the catalogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/pickers.py" line="141"/>
        <source>Choisissez le matériel mis à disposition (Ctrl ou Maj pour en choisir plusieurs). Sa valeur d&apos;achat est reprise ; vous pourrez la modifier.</source>
        <translation>Choose the equipment made available (Ctrl or Shift to choose several). Its purchase value is copied; you can change it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/pickers.py" line="144"/>
        <source>Rechercher du matériel…</source>
        <translation>Search equipment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/pickers.py" line="161"/>
        <source>Aucun matériel ne correspond : tapez-le plutôt comme une ligne.</source>
        <translation>No equipment matches: type it in as a row instead.</translation>
    </message>
</context>
<context>
    <name>EquipmentTable</name>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="240"/>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="241"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="242"/>
        <source>Valeur (€)</source>
        <translation>Value (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="243"/>
        <source>Prêté par</source>
        <translation>Lent by</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="244"/>
        <source>Remarques</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="250"/>
        <source>Ajouter du catalogue…</source>
        <translation>Add from the catalogue…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="251"/>
        <source>Ajouter une ligne</source>
        <translation>Add a row</translation>
    </message>
</context>
<context>
    <name>EquipmentView</name>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="37"/>
        <source>Catalogue du matériel</source>
        <translation>Equipment catalogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="38"/>
        <location filename="../../app/ui/equipment/view.py" line="65"/>
        <source>Prêts et réservations</source>
        <translation>Loans and bookings</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="46"/>
        <source>Catalogue illisible : {0}</source>
        <translation>The catalogue cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="63"/>
        <source>Prêts et réservations ({0})</source>
        <translation>Loans and bookings ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="86"/>
        <source>Matériel ajouté.</source>
        <translation>Equipment added.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="95"/>
        <source>Ce matériel appartient à une autre association : seule elle peut le modifier.</source>
        <translation>This equipment belongs to another association: only it can change it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="99"/>
        <source>Matériel enregistré.</source>
        <translation>Equipment saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="111"/>
        <source>Mettre « {0} » à la corbeille</source>
        <translation>Move “{0}” to the bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="115"/>
        <source>« {0} » est revenu de la corbeille.</source>
        <translation>“{0}” is back from the bin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="117"/>
        <source>{0} — Ctrl+Z pour annuler.</source>
        <translation>{0} — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="124"/>
        <source>Ce matériel n&apos;existe plus.</source>
        <translation>This equipment no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="146"/>
        <source>Réservation enregistrée : elle reste provisoire jusqu&apos;à la confirmation du hub.</source>
        <translation>Booking saved: it stays provisional until the hub confirms it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="156"/>
        <source>Ce matériel n&apos;existe plus (il a peut-être été supprimé).</source>
        <translation>This equipment no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/view.py" line="158"/>
        <source>L&apos;opération a échoué : {0}</source>
        <translation>The operation failed: {0}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="43"/>
        <source>Utile pour nous</source>
        <translation>Useful to us</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="44"/>
        <location filename="../../app/ui/practices/feedback_panel.py" line="114"/>
        <source>Nous l&apos;avons adoptée…</source>
        <translation>We adopted it…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="45"/>
        <location filename="../../app/ui/practices/feedback_panel.py" line="119"/>
        <source>Demander un accompagnement…</source>
        <translation>Ask for mentoring…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="53"/>
        <source>Votre commentaire (Ctrl+Entrée pour publier)</source>
        <translation>Your comment (Ctrl+Enter to post)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="59"/>
        <source>Publier le commentaire</source>
        <translation>Post the comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="69"/>
        <source>Adoptions</source>
        <translation>Adoptions</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="71"/>
        <source>Commentaires</source>
        <translation>Comments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practices/feedback_panel.py" line="101"/>
        <source>Utile à %Ln associations</source>
        <translation>
            <numerusform>Useful to %Ln association</numerusform>
            <numerusform>Useful to %Ln associations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practices/feedback_panel.py" line="102"/>
        <source>adoptée par %Ln associations</source>
        <translation>
            <numerusform>adopted by %Ln association</numerusform>
            <numerusform>adopted by %Ln associations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practices/feedback_panel.py" line="103"/>
        <source>%Ln commentaires</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="107"/>
        <source>Pas encore de retour des autres associations</source>
        <translation>No feedback from other associations yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="114"/>
        <source>Modifier notre adoption…</source>
        <translation>Edit our adoption…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="117"/>
        <source>Accompagnement demandé — redemander…</source>
        <translation>Mentoring requested — ask again…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="121"/>
        <source>Brouillon : les avis du réseau viendront après la publication.</source>
        <translation>Draft: the network&apos;s feedback comes after publication.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="125"/>
        <source>C&apos;est une pratique de votre association : les autres associations la marquent utile ou l&apos;adoptent ; vous pouvez répondre aux commentaires.</source>
        <translation>This is your association&apos;s practice: other associations mark it useful or adopt it; you can answer the comments.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="132"/>
        <source>Aucune adoption pour l&apos;instant.</source>
        <translation>No adoption yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="133"/>
        <source>Aucun commentaire pour l&apos;instant.</source>
        <translation>No comment yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="159"/>
        <source>Marquée utile.</source>
        <translation>Marked useful.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="159"/>
        <source>Marque « utile » retirée.</source>
        <translation>“Useful” mark removed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/feedback_panel.py" line="174"/>
        <source>Commentaire publié.</source>
        <translation>Comment posted.</translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="49"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="50"/>
        <source>Par exemple : Parc de matériel partagé</source>
        <translation>For example: Shared equipment pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="53"/>
        <source>Ce que l&apos;avenant modifie</source>
        <translation>What the amendment changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="57"/>
        <source>Par exemple : L&apos;article 3 est modifié : la convention est prolongée jusqu&apos;au 31 décembre.</source>
        <translation>For example: Article 3 is amended: the agreement is extended until 31 December.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="64"/>
        <source>Préambule</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="67"/>
        <source>Pourquoi vos associations coopèrent : leur histoire commune, ce qui les rapproche…</source>
        <translation>Why your associations are working together: their shared history, what brings them together…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="72"/>
        <source>Objet</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="76"/>
        <source>Ce que la convention organise : une fête, un prêt de matériel, une formation commune…</source>
        <translation>What the agreement organises: a festival, an equipment loan, a joint training course…</translation>
    </message>
</context>
<context>
    <name>IdentityAssistant</name>
    <message>
        <location filename="../../app/ui/identity/assistant.py" line="20"/>
        <source>Bienvenue dans Entraide</source>
        <translation>Welcome to Entraide</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/assistant.py" line="21"/>
        <source>Présentez votre association</source>
        <translation>Introduce your association</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/assistant.py" line="25"/>
        <source>Son nom, ses numéros et son adresse figureront sur les documents que vous imprimez et que vos partenaires signent. Seul le nom est nécessaire ; vous pourrez tout compléter plus tard dans Fichier ▸ Préférences.</source>
        <translation>Its name, numbers and address will appear on the documents you print and your partners sign. Only the name is needed; you can complete the rest later in File ▸ Preferences.</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/assistant.py" line="38"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/assistant.py" line="41"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>IdentityChoice</name>
    <message>
        <location filename="../../app/ui/sync/identity_choice.py" line="25"/>
        <source>Notre association au hub</source>
        <translation>Our association on the hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/identity_choice.py" line="28"/>
        <source>Le hub du réseau ne connaît pas votre association tout à fait comme cet ordinateur. Quelles informations faut-il imprimer sur vos documents ?</source>
        <translation>The network&apos;s hub does not know your association quite as this computer does. Which details should your documents print?</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/identity_choice.py" line="33"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/identity_choice.py" line="33"/>
        <source>N° RNA</source>
        <translation>RNA number</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/identity_choice.py" line="33"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/identity_choice.py" line="35"/>
        <source>Sur cet ordinateur</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/identity_choice.py" line="35"/>
        <source>Au hub</source>
        <translation>On the hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/identity_choice.py" line="46"/>
        <source>Le hub garde son propre enregistrement : s&apos;il est faux, dites-le à son administrateur. Vous pourrez aussi tout modifier dans Fichier ▸ Préférences.</source>
        <translation>The hub keeps its own record: if it is wrong, tell its administrator. You can also change everything in File ▸ Preferences.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/identity_choice.py" line="53"/>
        <source>Garder celles de cet ordinateur</source>
        <translation>Keep this computer&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/identity_choice.py" line="56"/>
        <source>Prendre celles du hub</source>
        <translation>Take the hub&apos;s</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <location filename="../../app/ui/identity/form.py" line="28"/>
        <source>ex. Les Jardins Partagés du Confluent</source>
        <translation>e.g. Les Jardins Partagés du Confluent</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="34"/>
        <source>W suivi de 9 chiffres</source>
        <translation>W followed by 9 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="36"/>
        <source>14 chiffres, si l&apos;association en a un</source>
        <translation>14 digits, if the association has one</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="40"/>
        <source>le siège : rue, code postal et commune</source>
        <translation>the registered office: street, postcode and town</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="44"/>
        <source>qui signe pour l&apos;association</source>
        <translation>who signs for the association</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="46"/>
        <source>ex. présidente</source>
        <translation>e.g. chair</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="48"/>
        <source>Nom de l&apos;association</source>
        <translation>Association&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="49"/>
        <source>Forme</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="50"/>
        <source>N° RNA</source>
        <translation>RNA number</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="51"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="52"/>
        <source>Adresse du siège</source>
        <translation>Registered office</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="53"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="54"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="55"/>
        <source>Représentant légal</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="56"/>
        <source>Sa fonction</source>
        <translation>Their role</translation>
    </message>
    <message>
        <location filename="../../app/ui/identity/form.py" line="59"/>
        <source>Ces informations restent sur cet ordinateur. Elles figurent sur les bons de prêt, les étiquettes, les conventions et le relevé annuel.</source>
        <translation>These details stay on this computer. They appear on loan receipts, labels, agreements and the yearly statement.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="73"/>
        <source>Importer des contacts — {0}</source>
        <translation>Import contacts — {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="89"/>
        <source>Lignes à revoir</source>
        <translation>Lines to review</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="112"/>
        <source>Feuille :</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="115"/>
        <source>Reconnue automatiquement</source>
        <translation>Recognised automatically</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="119"/>
        <source>Enregistrer la correspondance…</source>
        <translation>Save the column mapping…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="124"/>
        <source>Correspondance des colonnes :</source>
        <translation>Column mapping:</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="132"/>
        <source>Lignes qui correspondent à un contact déjà présent</source>
        <translation>Lines matching a contact already there</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="149"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="153"/>
        <source>Ouvrir le rapport</source>
        <translation>Open the report</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="184"/>
        <source>Aucune colonne n&apos;est importée : choisissez au moins le nom.</source>
        <translation>No column is imported: choose at least the name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="206"/>
        <source>Vérification du fichier…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="206"/>
        <location filename="../../app/ui/contacts/import_dialog.py" line="343"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="222"/>
        <source>Rien n&apos;est enregistré avant que vous cliquiez sur « Importer ».</source>
        <translation>Nothing is saved before you click “Import”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="231"/>
        <source>Import annulé : rien n&apos;a été enregistré.</source>
        <translation>Import cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="245"/>
        <source>Erreur inattendue : {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="248"/>
        <source>Le fichier ne peut pas être importé ; rien n&apos;a été modifié.
{0}</source>
        <translation>The file cannot be imported; nothing was changed.
{0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="29"/>
        <source>{0} et {1} à créer</source>
        <translation>{0} and {1} to create</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="32"/>
        <source>{0} personne</source>
        <translation>{0} person</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="33"/>
        <source>{0} personnes</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="37"/>
        <source>{0} organisation</source>
        <translation>{0} organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="38"/>
        <source>{0} organisations</source>
        <translation>{0} organisations</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="45"/>
        <source>{0} déjà présent</source>
        <translation>{0} already there</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="46"/>
        <source>{0} déjà présents</source>
        <translation>{0} already there</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="50"/>
        <source>{0} en double dans le fichier</source>
        <translation>{0} repeated in the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="64"/>
        <source>{0} ligne refusée</source>
        <translation>{0} line refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="65"/>
        <source>{0} lignes refusées</source>
        <translation>{0} lines refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="68"/>
        <source>{0} ligne lue</source>
        <translation>{0} line read</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="68"/>
        <source>{0} lignes lues</source>
        <translation>{0} lines read</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="70"/>
        <source>{0} : {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="76"/>
        <location filename="../../app/ui/contacts/import_texts.py" line="83"/>
        <source>{0} ajouté</source>
        <translation>{0} added</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="76"/>
        <location filename="../../app/ui/contacts/import_texts.py" line="84"/>
        <source>{0} ajoutés</source>
        <translation>{0} added</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="87"/>
        <source>Les laisser de côté (conseillé) — {0}</source>
        <translation>Leave them out (advised) — {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="79"/>
        <source>{0} complété</source>
        <translation>{0} completed</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="26"/>
        <source>Le fichier n&apos;a aucune ligne sous celle des noms de colonnes : rien à importer.</source>
        <translation>The file has no line below the column names: nothing to import.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="55"/>
        <source>{0} fiche refusée</source>
        <translation>{0} card refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="56"/>
        <source>{0} fiches refusées</source>
        <translation>{0} cards refused</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="59"/>
        <source>{0} fiche lue</source>
        <translation>{0} card read</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="59"/>
        <source>{0} fiches lues</source>
        <translation>{0} cards read</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="79"/>
        <source>{0} complétés</source>
        <translation>{0} completed</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="88"/>
        <source>Compléter les champs vides de ces contacts — {0}, {1}</source>
        <translation>Fill in these contacts&apos; empty fields — {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="91"/>
        <source>Les créer quand même (doublons possibles) — {0}</source>
        <translation>Create them anyway (possible duplicates) — {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="101"/>
        <source>Ligne {0} : {1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="107"/>
        <source>{0} lignes : {1} — lignes {2}</source>
        <translation>{0} lines: {1} — lines {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="112"/>
        <source>… et d&apos;autres remarques : voir le rapport après l&apos;import.</source>
        <translation>… and other remarks: see the report after the import.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="113"/>
        <source>Aucune ligne à revoir.</source>
        <translation>No line to review.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="118"/>
        <source>Import terminé : {0}, {1}.</source>
        <translation>Import finished: {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="121"/>
        <source>{0} personne créée</source>
        <translation>{0} person created</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="122"/>
        <source>{0} personnes créées</source>
        <translation>{0} people created</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="126"/>
        <source>{0} organisation créée</source>
        <translation>{0} organisation created</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="127"/>
        <source>{0} organisations créées</source>
        <translation>{0} organisations created</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="133"/>
        <source>{0} contact complété.</source>
        <translation>{0} contact completed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="134"/>
        <source>{0} contacts complétés.</source>
        <translation>{0} contacts completed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="137"/>
        <source>Le détail des fiches à revoir est dans « {0} », à côté du fichier.</source>
        <translation>The cards to review are listed in “{0}”, next to the file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="141"/>
        <source>Les lignes à revoir sont dans « {0} », à côté du fichier : corrigez-les puis importez ce rapport.</source>
        <translation>The lines to review are in “{0}”, next to the file: correct them, then import that report.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="160"/>
        <source>Rien à importer</source>
        <translation>Nothing to import</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="268"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="292"/>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="303"/>
        <source>Enregistrer la correspondance</source>
        <translation>Save the column mapping</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="303"/>
        <source>Nom (ex. Export HelloAsso) :</source>
        <translation>Name (e.g. HelloAsso export):</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="317"/>
        <source>Correspondance « {0} » enregistrée.</source>
        <translation>Mapping “{0}” saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="336"/>
        <source>Lecture de la feuille « {0} »…</source>
        <translation>Reading sheet “{0}”…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="155"/>
        <source>Importer {0} contact</source>
        <translation>Import {0} contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="156"/>
        <source>Importer {0} contacts</source>
        <translation>Import {0} contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_texts.py" line="159"/>
        <source>Compléter les contacts</source>
        <translation>Complete the contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_dialog.py" line="176"/>
        <source>Nouvelle vérification des lignes…</source>
        <translation>Checking the rows again…</translation>
    </message>
</context>
<context>
    <name>IndicatorsTable</name>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="50"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="50"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="50"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="50"/>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="54"/>
        <source>Ce que l&apos;on mesure, par exemple « Bénévoles actifs »</source>
        <translation>What is measured, for example “Active volunteers”</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="55"/>
        <source>Le chiffre avant la pratique (laissez vide s&apos;il n&apos;y en a pas)</source>
        <translation>The figure before the practice (leave empty if there is none)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="56"/>
        <source>Le chiffre obtenu avec la pratique</source>
        <translation>The figure reached with the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="57"/>
        <source>L&apos;unité des deux chiffres : personnes, €, heures…</source>
        <translation>The unit of both figures: people, €, hours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="71"/>
        <source>Ajouter un indicateur</source>
        <translation>Add an indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="72"/>
        <source>Retirer la ligne</source>
        <translation>Remove the row</translation>
    </message>
</context>
<context>
    <name>ItemPane</name>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="45"/>
        <source>Le numéro imprimé sur son étiquette : la recherche du catalogue le retrouve.</source>
        <translation>The number printed on its label: the catalogue&apos;s search finds it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="60"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="61"/>
        <source>État</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="62"/>
        <source>Caution</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="63"/>
        <source>Accessoires</source>
        <translation>Accessories</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="64"/>
        <source>Rangé où</source>
        <translation>Stored at</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="65"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="72"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="73"/>
        <source>Réserver…</source>
        <translation>Book…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="74"/>
        <source>Réserver ce matériel (Ctrl+R)</source>
        <translation>Book this equipment (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="75"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="77"/>
        <source>Mettre ce matériel à la corbeille (Suppr ; Ctrl+Z pour annuler)</source>
        <translation>Move this equipment to the bin (Del; Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="87"/>
        <source>Choisissez du matériel dans la liste pour voir sa fiche et son calendrier de disponibilité.</source>
        <translation>Choose equipment in the list to see its details and its availability calendar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="138"/>
        <source>{0} Sorti le {1}, retour prévu le {2}.</source>
        <translation>{0} Went out on {1}, due back on {2}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="157"/>
        <source>À notre association</source>
        <translation>Belongs to our association</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="159"/>
        <source>Prêté par {0}</source>
        <translation>Lent by {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="162"/>
        <source>non partagé avec le réseau</source>
        <translation>not shared with the network</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="164"/>
        <source>hors service</source>
        <translation>out of service</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="172"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/item_pane.py" line="173"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../app/ui/practices/library.py" line="81"/>
        <source>Rechercher une pratique : bénévoles, formation, budget… (Ctrl+F)</source>
        <translation>Search for a practice: volunteers, training, budget… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="83"/>
        <source>Nouvelle pratique</source>
        <translation>New practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="84"/>
        <source>Écrire une pratique de notre association (Ctrl+N)</source>
        <translation>Write a practice of our association (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="85"/>
        <source>Importer un fichier Markdown…</source>
        <translation>Import a Markdown file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="88"/>
        <source>Tous les thèmes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="90"/>
        <source>Toutes les associations</source>
        <translation>All associations</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="91"/>
        <source>Notre association</source>
        <translation>Our association</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="94"/>
        <source>Publiées et brouillons</source>
        <translation>Published and drafts</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="95"/>
        <source>Publiées</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="96"/>
        <source>Brouillons</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="99"/>
        <source>Adoptées par nous</source>
        <translation>Adopted by us</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="102"/>
        <source>Pertinence</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="103"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="104"/>
        <source>Adoptions</source>
        <translation>Adoptions</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="112"/>
        <source>Trier par</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="119"/>
        <source>Afficher plus de résultats</source>
        <translation>Show more results</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="187"/>
        <source>(Sans titre)</source>
        <translation>(Untitled)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="188"/>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="189"/>
        <source>adoptée par nous</source>
        <translation>adopted by us</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practices/library.py" line="195"/>
        <source>adoptée %Ln fois</source>
        <translation>
            <numerusform>adopted %Ln time</numerusform>
            <numerusform>adopted %Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practices/library.py" line="208"/>
        <source>%Ln pratiques</source>
        <translation>
            <numerusform>%Ln practice</numerusform>
            <numerusform>%Ln practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practices/library.py" line="210"/>
        <source>{0} pratiques sur %Ln</source>
        <translation>
            <numerusform>{0} practices of %Ln</numerusform>
            <numerusform>{0} practices of %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="218"/>
        <source>Aucune pratique ne correspond à cette recherche.</source>
        <translation>No practice matches this search.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/library.py" line="221"/>
        <source>La bibliothèque est vide pour l&apos;instant. Écrivez une pratique de votre association (« Nouvelle pratique ») ; celles des autres associations arrivent avec la synchronisation.</source>
        <translation>The library is empty for now. Write a practice of your association (“New practice”); the other associations&apos; practices arrive with the sync.</translation>
    </message>
</context>
<context>
    <name>LoanLinesModel</name>
    <message>
        <location filename="../../app/ui/equipment/loans_model.py" line="45"/>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_model.py" line="46"/>
        <source>Avec</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_model.py" line="47"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_model.py" line="48"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_model.py" line="49"/>
        <source>Où en est-on</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>LoansView</name>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="97"/>
        <source>&amp;Répondre…</source>
        <translation>&amp;Answer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="98"/>
        <source>&amp;Sortie…</source>
        <translation>&amp;Check out…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="99"/>
        <source>Re&amp;tour…</source>
        <translation>&amp;Return…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="100"/>
        <source>A&amp;nnuler la réservation</source>
        <translation>Ca&amp;ncel the booking</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="101"/>
        <source>&amp;Imprimer le bon de prêt…</source>
        <translation>&amp;Print the loan receipt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="102"/>
        <source>Accepter ou refuser la demande</source>
        <translation>Accept or decline the request</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="103"/>
        <source>Le matériel part : accessoires, état, caution</source>
        <translation>The equipment leaves: accessories, condition, deposit</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="104"/>
        <source>Le matériel revient : état, manques, caution</source>
        <translation>The equipment comes back: condition, missing items, deposit</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="105"/>
        <source>Annuler notre réservation (Ctrl+Z pour revenir en arrière)</source>
        <translation>Cancel our booking (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="74"/>
        <source>Afficher aussi les prêts terminés, annulés et les demandes refusées passées</source>
        <translation>Also show finished and cancelled loans and past declined requests</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="107"/>
        <source>Prêt n° {0}</source>
        <translation>Loan no. {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="108"/>
        <source>Le numéro du prêt : « entraide loan-receipt » l&apos;accepte pour imprimer son bon.</source>
        <translation>The loan&apos;s number: “entraide loan-receipt” accepts it to print its receipt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="110"/>
        <source>« {0} » copié.</source>
        <translation>“{0}” copied.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="148"/>
        <source>Prêts de notre matériel ({0})</source>
        <translation>Loans of our equipment ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="149"/>
        <source>Nos emprunts ({0})</source>
        <translation>What we borrow ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="150"/>
        <source>Pour nous-mêmes ({0})</source>
        <translation>For ourselves ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="151"/>
        <source>En retard ({0})</source>
        <translation>Overdue ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="152"/>
        <source>Demandes à traiter ({0})</source>
        <translation>Requests to answer ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="224"/>
        <source>Aucun prêt en cours de notre matériel.</source>
        <translation>None of our equipment is on loan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="226"/>
        <source>Nous n&apos;avons rien emprunté en ce moment. Pour emprunter, choisissez du matériel dans le catalogue puis « Réserver… ».</source>
        <translation>We are not borrowing anything at the moment. To borrow, choose equipment in the catalogue, then “Book…”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="230"/>
        <source>Aucune réservation de notre matériel pour nous-mêmes. Elles n&apos;attendent la réponse de personne : la sortie s&apos;enregistre directement.</source>
        <translation>No booking of our equipment for ourselves. They wait for nobody’s answer: the check-out is recorded straight away.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="233"/>
        <source>Aucun prêt en retard.</source>
        <translation>No overdue loans.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="234"/>
        <source>Aucune demande de réservation à traiter.</source>
        <translation>No booking requests to answer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="261"/>
        <source>Réponse enregistrée.</source>
        <translation>Answer saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="265"/>
        <source>Sortie enregistrée.</source>
        <translation>Check-out recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="270"/>
        <source>Retour enregistré.</source>
        <translation>Return recorded.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="284"/>
        <source>Annuler la réservation de « {0} »</source>
        <translation>Cancel the booking of “{0}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="290"/>
        <source>{0} — Ctrl+Z pour revenir en arrière.</source>
        <translation>{0} — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="297"/>
        <source>bon-de-pret-{0}.pdf</source>
        <translation>loan-receipt-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="299"/>
        <source>Enregistrer le bon de prêt</source>
        <translation>Save the loan receipt</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="299"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="316"/>
        <source>Bon de prêt enregistré dans {0}</source>
        <translation>Loan receipt saved in {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="322"/>
        <source>Pas de bon à imprimer : {0}</source>
        <translation>No receipt to print: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/loans_view.py" line="330"/>
        <source>L&apos;opération a échoué : {0}</source>
        <translation>The operation failed: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="74"/>
        <source>Entraide</source>
        <translation>Entraide</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/section.py" line="34"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/section.py" line="37"/>
        <source>Matériel et prêts</source>
        <translation>Equipment and loans</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/section.py" line="71"/>
        <source>Matériel et prêts : {0}</source>
        <translation>Equipment and loans: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/section.py" line="23"/>
        <source>Pratiques</source>
        <translation>Practices</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/section.py" line="58"/>
        <source>Nouvelle &amp;pratique</source>
        <translation>New &amp;practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/section.py" line="40"/>
        <source>Conventions</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/section.py" line="75"/>
        <source>{0} à renouveler</source>
        <translation>{0} due for renewal</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/section.py" line="79"/>
        <source>Conventions ({0})</source>
        <translation>Agreements ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/section.py" line="100"/>
        <source>Nouvelle &amp;convention</source>
        <translation>New &amp;agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/section.py" line="26"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_section.py" line="33"/>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/section.py" line="30"/>
        <source>Corbeille</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/selftest.py" line="64"/>
        <location filename="../../app/ui/main_window.py" line="252"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/section.py" line="90"/>
        <source>Nouvelle &amp;personne</source>
        <translation>New &amp;person</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/section.py" line="101"/>
        <source>Nouvelle &amp;organisation</source>
        <translation>New &amp;organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/section.py" line="104"/>
        <source>&amp;Importer des contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/section.py" line="107"/>
        <source>&amp;Exporter les contacts…</source>
        <translation>&amp;Export contacts…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>Préférences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="282"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="253"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="256"/>
        <location filename="../../app/ui/main_window.py" line="300"/>
        <source>&amp;Nouveau</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="258"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="260"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="274"/>
        <source>Restaurer une sauvegarde…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/section.py" line="111"/>
        <source>Mettre à la &amp;corbeille</source>
        <translation>Move to &amp;bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="254"/>
        <source>&amp;Synchronisation</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/section.py" line="66"/>
        <source>&amp;Synchroniser maintenant</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/section.py" line="69"/>
        <source>&amp;Relier cet ordinateur au hub…</source>
        <translation>&amp;Link this computer to the hub…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/section.py" line="94"/>
        <source>%n envoyé</source>
        <translation>%n sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/section.py" line="95"/>
        <source>%n envoyés</source>
        <translation>%n sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/section.py" line="99"/>
        <source>%n reçu</source>
        <translation>%n received</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/section.py" line="100"/>
        <source>%n reçus</source>
        <translation>%n received</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/section.py" line="104"/>
        <source>%n conflit</source>
        <translation>%n conflict</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/section.py" line="105"/>
        <source>%n conflits</source>
        <translation>%n conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/section.py" line="109"/>
        <source>Synchronisé : {0}.</source>
        <translation>Synced: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/section.py" line="114"/>
        <source>Clé USB : fichiers de liaison transmis : {0} sur {1}.</source>
        <translation>USB stick: courier files carried: {0} of {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_section.py" line="61"/>
        <source>Voir les &amp;conflits</source>
        <translation>See &amp;conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285"/>
        <source>À &amp;propos d&apos;Entraide</source>
        <translation>&amp;About Entraide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284"/>
        <source>Ouvrir le dossier du &amp;journal</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317"/>
        <source>À propos d&apos;Entraide</source>
        <translation>About Entraide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322"/>
        <source>&lt;h3&gt;Entraide {0}&lt;/h3&gt;&lt;p&gt;Contacts, matériel partagé, pratiques et conventions des associations d&apos;un réseau.&lt;/p&gt;&lt;p&gt;Entraide est un logiciel libre : vous pouvez l&apos;utiliser, l&apos;étudier, le modifier et le redistribuer selon les termes de la licence GNU GPL, version 3 ou ultérieure (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;{1}&quot;&gt;Lire la licence&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entraide {0}&lt;/h3&gt;&lt;p&gt;Contacts, shared equipment, practices and agreements for a network of associations.&lt;/p&gt;&lt;p&gt;Entraide is free software: you can use, study, modify and redistribute it under the terms of the GNU GPL licence, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;{1}&quot;&gt;Read the licence&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/section.py" line="86"/>
        <source>Contacts ({0})</source>
        <translation>Contacts ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/section.py" line="54"/>
        <source>Corbeille ({0})</source>
        <translation>Bin ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_section.py" line="54"/>
        <source>Conflits ({0})</source>
        <translation>Conflicts ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/section.py" line="122"/>
        <source>Beaucoup de suppressions</source>
        <translation>Many deletions</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/section.py" line="123"/>
        <source>{0}

Une sauvegarde de vos données a été faite avant la synchronisation. Continuer quand même ?</source>
        <translation>{0}

A backup of your data was made before the sync. Continue anyway?</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/section.py" line="97"/>
        <source>Nouveau &amp;matériel</source>
        <translation>New &amp;equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/section.py" line="36"/>
        <source>Besoins et propositions</source>
        <translation>Needs and offers</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/section.py" line="74"/>
        <source>1 nouvelle piste</source>
        <translation>1 new lead</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/section.py" line="76"/>
        <source>{0} nouvelles pistes</source>
        <translation>{0} new leads</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/section.py" line="80"/>
        <source>1 réponse à traiter</source>
        <translation>1 response to answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/section.py" line="82"/>
        <source>{0} réponses à traiter</source>
        <translation>{0} responses to answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/section.py" line="110"/>
        <source>Nouveau &amp;besoin ou proposition</source>
        <translation>New &amp;need or offer</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/counts.py" line="18"/>
        <source>1 retour en retard</source>
        <translation>1 overdue return</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/counts.py" line="20"/>
        <source>{0} retours en retard</source>
        <translation>{0} overdue returns</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/counts.py" line="24"/>
        <source>1 demande à traiter</source>
        <translation>1 request to answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/counts.py" line="26"/>
        <source>{0} demandes à traiter</source>
        <translation>{0} requests to answer</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../app/ui/contacts/import_mapping.py" line="25"/>
        <source>Colonne du fichier</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_mapping.py" line="25"/>
        <source>Importée comme</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_mapping.py" line="25"/>
        <source>Exemples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_mapping.py" line="44"/>
        <source>(colonne {0})</source>
        <translation>(column {0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/import_mapping.py" line="47"/>
        <source>— ne pas importer —</source>
        <translation>— do not import —</translation>
    </message>
</context>
<context>
    <name>MentoringDialog</name>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="133"/>
        <source>Demander un accompagnement</source>
        <translation>Ask for mentoring</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="135"/>
        <source>Votre demande est envoyée à {0} à la prochaine synchronisation. Un suivi est noté dans la fiche de cette association, dans vos contacts.</source>
        <translation>Your request is sent to {0} at the next sync. A follow-up is noted on that association&apos;s record in your contacts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="142"/>
        <source>Ce que vous aimeriez : un appel, une visite, des documents…</source>
        <translation>What you would like: a call, a visit, documents…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="144"/>
        <source>Facultatif</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="145"/>
        <source>Votre message</source>
        <translation>Your message</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="146"/>
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="147"/>
        <source>Envoyer la demande</source>
        <translation>Send the request</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="18"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="34"/>
        <source>Le fichier n&apos;a pas pu être écrit ou lu : {0}</source>
        <translation>The file could not be written or read: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/messages.py" line="37"/>
        <source>L&apos;opération a échoué : {0}</source>
        <translation>The operation failed: {0}</translation>
    </message>
</context>
<context>
    <name>NeedsBanner</name>
    <message>
        <location filename="../../app/ui/needs/banner.py" line="26"/>
        <source>{0} et {1} autres</source>
        <translation>{0} and {1} more</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/banner.py" line="30"/>
        <source>Une nouvelle piste pour « {0} » : {1}.</source>
        <translation>A new lead for “{0}”: {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/banner.py" line="32"/>
        <source>{2} nouvelles pistes pour « {0} » : {1}.</source>
        <translation>{2} new leads for “{0}”: {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/banner.py" line="39"/>
        <source>Ça s&apos;est bien passé ? « {0} » avec {1}, le {2}.</source>
        <translation>Did it go well? “{0}” with {1}, on {2}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/banner.py" line="45"/>
        <source>{0} vous propose son aide pour « {1} » : répondez-lui.</source>
        <translation>{0} offers its help for “{1}”: answer it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/banner.py" line="55"/>
        <source>Besoins et propositions</source>
        <translation>Needs and offers</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/banner.py" line="57"/>
        <source>Ça s&apos;est bien passé ?</source>
        <translation>Did it go well?</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/banner.py" line="59"/>
        <source>Voir</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>NeedsList</name>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="60"/>
        <source>Besoins et propositions du réseau</source>
        <translation>The network&apos;s needs and offers</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="65"/>
        <source>Rechercher des mots… (Ctrl+F)</source>
        <translation>Search for words… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="68"/>
        <source>Besoins et propositions</source>
        <translation>Needs and offers</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="69"/>
        <source>Besoins</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="70"/>
        <source>Propositions</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="74"/>
        <source>Toutes catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="77"/>
        <source>Ouverts et en cours</source>
        <translation>Open and in progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="77"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="82"/>
        <source>Tout le réseau</source>
        <translation>The whole network</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="83"/>
        <source>Les nôtres</source>
        <translation>Ours</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="84"/>
        <source>Les autres</source>
        <translation>Others&apos;</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="89"/>
        <source>Autour de… (commune ou code postal)</source>
        <translation>Around… (town or postal code)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="93"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="94"/>
        <source>dès maintenant</source>
        <translation>from now</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="94"/>
        <source>sans fin</source>
        <translation>no end</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="95"/>
        <source>Nouveau…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="96"/>
        <source>Publier un besoin ou une proposition (Ctrl+N)</source>
        <translation>Post a need or an offer (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="98"/>
        <source>Un besoin : ce que nous cherchons</source>
        <translation>A need: what we are looking for</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="100"/>
        <source>Une proposition : ce que nous pouvons donner</source>
        <translation>An offer: what we can give</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="107"/>
        <source>Bilan de l&apos;année…</source>
        <translation>Year summary…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="108"/>
        <source>Les chiffres de l&apos;année pour le rapport d&apos;activité, en CSV</source>
        <translation>The year&apos;s figures for the activity report, as CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="113"/>
        <source>dans un rayon de</source>
        <translation>within</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="114"/>
        <source>Dates : du</source>
        <translation>Dates: from</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="114"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="144"/>
        <source>● de nouvelles pistes depuis la dernière synchronisation · en gris : publiés par d&apos;autres associations</source>
        <translation>● new leads since the last sync · in grey: posted by other associations</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="190"/>
        <source>1 réponse à traiter</source>
        <translation>1 response to answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="192"/>
        <source>{0} réponses à traiter</source>
        <translation>{0} responses to answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="238"/>
        <source>1 besoin ou proposition</source>
        <translation>1 need or offer</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="240"/>
        <source>{0} besoins et propositions</source>
        <translation>{0} needs and offers</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="242"/>
        <source>Rien ne correspond à ces filtres.</source>
        <translation>Nothing matches these filters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_view.py" line="253"/>
        <source>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;Aucun besoin ni proposition pour l&apos;instant&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Dites ce dont votre association a besoin (« cinq bénévoles avec le permis B le 14 mars », « une salle pour 40 personnes ») ou ce qu&apos;elle peut donner (« notre camion le week-end »). Entraide cherche dans le réseau, sans connexion, le matériel libre ces jours-là, les pratiques, les propositions et vos bénévoles qui conviennent, et dit pourquoi.&lt;/p&gt;&lt;p&gt;Pour commencer, cliquez sur &lt;b&gt;« Nouveau… »&lt;/b&gt; (Ctrl+N). Les besoins et propositions des autres associations arrivent à la synchronisation.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;No need or offer yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Say what your association needs (“five volunteers with a driving licence on 14 March”, “a room for 40 people”) or what it can give (“our van at weekends”). Entraide searches the network, offline, for the equipment free on those days, the practices, the offers and your volunteers that fit, and says why.&lt;/p&gt;&lt;p&gt;To start, click &lt;b&gt;“New…”&lt;/b&gt; (Ctrl+N). The needs and offers of the other associations arrive with the sync.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../app/ui/needs/list_model.py" line="38"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_model.py" line="39"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_model.py" line="40"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_model.py" line="41"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_model.py" line="42"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_model.py" line="43"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_model.py" line="44"/>
        <source>Réponses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_model.py" line="45"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_model.py" line="58"/>
        <source>À distance</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_model.py" line="60"/>
        <source>{0} · {1} km</source>
        <translation>{0} · {1} km</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_model.py" line="65"/>
        <source>Nous</source>
        <translation>Us</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_model.py" line="72"/>
        <source>{0} : une nouvelle piste depuis la dernière synchronisation</source>
        <translation>{0}: one new lead since the last sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/list_model.py" line="73"/>
        <source>{0} : {1} nouvelles pistes depuis la dernière synchronisation</source>
        <translation>{0}: {1} new leads since the last sync</translation>
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <location filename="../../app/ui/needs/common.py" line="62"/>
        <source>{0}, du {1} au {2}</source>
        <translation>{0}, from {1} to {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="67"/>
        <source>Sans date</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="69"/>
        <source>Du {0} au {1}</source>
        <translation>From {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="72"/>
        <source>Le {0}</source>
        <translation>On {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="77"/>
        <source>Dans la même commune ({0})</source>
        <translation>In the same town ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="79"/>
        <source>À environ {0} km ({1})</source>
        <translation>About {0} km away ({1})</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="80"/>
        <source>À {0} km ({1})</source>
        <translation>{0} km away ({1})</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="86"/>
        <source>Libre le {0}, d&apos;après ses réservations</source>
        <translation>Free on {0}, according to its reservations</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="89"/>
        <source>Libre du {0} au {1}, d&apos;après ses réservations</source>
        <translation>Free from {0} to {1}, according to its reservations</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="93"/>
        <source>Dates compatibles : le {0}</source>
        <translation>Matching dates: on {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="94"/>
        <source>Dates compatibles : du {0} au {1}</source>
        <translation>Matching dates: from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="101"/>
        <source>une réponse</source>
        <translation>one answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="103"/>
        <source>{0} réponses</source>
        <translation>{0} answers</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="105"/>
        <source>Vous a répondu dans la journée ({0})</source>
        <translation>Answered you within the day ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="107"/>
        <source>Vous a répondu en un jour environ ({0})</source>
        <translation>Answered you in about a day ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="108"/>
        <source>Vous a répondu en {0} jours environ ({1})</source>
        <translation>Answered you in about {0} days ({1})</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="114"/>
        <source>Entre vous : vous l&apos;avez aidée {0} fois, elle vous a aidés {1} fois</source>
        <translation>Between you: you helped it {0} times, it helped you {1} times</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="123"/>
        <source>Même catégorie : {0}</source>
        <translation>Same category: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="125"/>
        <source>Mots en commun : {0}</source>
        <translation>Words in common: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="129"/>
        <source>Possible à distance</source>
        <translation>Can be done remotely</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="137"/>
        <source>Bénévole de votre association</source>
        <translation>Volunteer of your association</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/common.py" line="142"/>
        <source>Cette fiche n&apos;existe plus (elle a peut-être été retirée).</source>
        <translation>This record no longer exists (it may have been withdrawn).</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="123"/>
        <source>Enregistré : il part vers le réseau à la prochaine synchronisation.</source>
        <translation>Saved: it goes to the network at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="136"/>
        <source>Marqué comme pourvu.</source>
        <translation>Marked as met.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="139"/>
        <source>Retiré : il n&apos;est plus proposé.</source>
        <translation>Withdrawn: it is no longer offered.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="141"/>
        <source>Rouvert.</source>
        <translation>Reopened.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="184"/>
        <source>Réservation demandée : le prêteur la confirme dans la section Matériel.</source>
        <translation>Reservation requested: the lender confirms it in the Equipment section.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="191"/>
        <source>Proposition envoyée à la prochaine synchronisation.</source>
        <translation>Proposal sent at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="195"/>
        <source>Réponse retirée.</source>
        <translation>Response withdrawn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="199"/>
        <source>Proposition acceptée : l&apos;autre association le saura à la prochaine synchronisation.</source>
        <translation>Proposal accepted: the other association will know at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="201"/>
        <source>Proposition déclinée.</source>
        <translation>Proposal declined.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="215"/>
        <source>Demande pour une pratique</source>
        <translation>A request about a practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="216"/>
        <source>{0} vous écrit au sujet de votre pratique « {1} » : « {2} »</source>
        <translation>{0} writes to you about your practice “{1}”: “{2}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="222"/>
        <source>Accepter…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="223"/>
        <source>Décliner…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="224"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="234"/>
        <source>Merci, c&apos;est noté.</source>
        <translation>Thank you, noted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="252"/>
        <source>Le besoin ou la proposition en cours a des modifications non enregistrées. Quitter quand même ?</source>
        <translation>The need or offer being written has unsaved changes. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/view.py" line="255"/>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../app/ui/shared/optional_date.py" line="49"/>
        <source>Effacer la date</source>
        <translation>Clear the date</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <location filename="../../app/ui/agreements/pickers.py" line="95"/>
        <source>Ajouter une partie depuis les contacts</source>
        <translation>Add a party from the contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/pickers.py" line="97"/>
        <source>Choisissez l&apos;organisation : son nom, son siège, son RNA, son SIRET et la personne qui la représente (président·e, sinon trésorier·e ou secrétaire) sont repris de vos contacts.</source>
        <translation>Choose the organisation: its name, registered office, RNA, SIRET and the person who represents it (the chair, otherwise the treasurer or secretary) are copied from your contacts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/pickers.py" line="100"/>
        <source>Rechercher une organisation…</source>
        <translation>Search for an organisation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/pickers.py" line="128"/>
        <source>Aucune organisation ne correspond. Ajoutez-la d&apos;abord dans les contacts, ou saisissez la partie à la main.</source>
        <translation>No organisation matches. Add it to the contacts first, or enter the party by hand.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="164"/>
        <source>Ça s&apos;est bien passé ?</source>
        <translation>Did it go well?</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="164"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="166"/>
        <source>« {0} » avec {1}</source>
        <translation>“{0}” with {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="179"/>
        <source>Ce que vous en retenez (facultatif)</source>
        <translation>What you learnt (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="180"/>
        <source>En faire une fiche pratique (brouillon à compléter)</source>
        <translation>Make it a practice (a draft to complete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="181"/>
        <source>Comment</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="182"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="187"/>
        <source>Choisissez : bien, mitigé ou mal.</source>
        <translation>Choose: well, mixed or badly.</translation>
    </message>
</context>
<context>
    <name>PartiesPanel</name>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="166"/>
        <source>Depuis les contacts…</source>
        <translation>From the contacts…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="167"/>
        <source>Notre association</source>
        <translation>Our association</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="168"/>
        <source>Saisir à la main</source>
        <translation>Enter by hand</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="169"/>
        <source>Retirer cette partie</source>
        <translation>Remove this party</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="182"/>
        <source>Les parties qui signent</source>
        <translation>The signing parties</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="189"/>
        <source>Ajoutez les parties avec les boutons à gauche : votre association (« Notre association ») et ses partenaires (« Depuis les contacts… », ou « Saisir à la main »). Leur identité est recopiée dans la convention telle qu&apos;elle est aujourd&apos;hui.</source>
        <translation>Add the parties with the buttons on the left: your association (“Our association”) and its partners (“From the contacts…” or “Enter by hand”). Their identity is copied into the agreement as it is today.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="234"/>
        <location filename="../../app/ui/agreements/editor_parties.py" line="252"/>
        <location filename="../../app/ui/agreements/editor_parties.py" line="297"/>
        <location filename="../../app/ui/agreements/editor_parties.py" line="316"/>
        <source>(Partie sans nom)</source>
        <translation>(Unnamed party)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="248"/>
        <source>{0} est déjà partie à la convention.</source>
        <translation>{0} is already a party to the agreement.</translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="71"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="72"/>
        <source>Collectivité territoriale (commune, département…)</source>
        <translation>Local authority (town, département…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="73"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="74"/>
        <source>Fondation</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="75"/>
        <source>Autre organisme</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="79"/>
        <source>La convention présente chaque partie selon sa nature : n° RNA, maire, RCS…</source>
        <translation>The agreement presents each party according to its kind: RNA number, mayor, trade register…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="86"/>
        <source>Un engagement par ligne, par exemple :
Prêter la sonorisation pour la fête
Mobiliser quatre bénévoles</source>
        <translation>One commitment per line, for example:
Lend the PA system for the festival
Bring in four volunteers</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="92"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="93"/>
        <source>Siège social</source>
        <translation>Registered office</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="94"/>
        <source>N° RNA</source>
        <translation>RNA no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="95"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="96"/>
        <source>RCS (ville du greffe)</source>
        <translation>Trade register (RCS town)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="97"/>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="98"/>
        <source>Qualité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="99"/>
        <source>Assureur</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="100"/>
        <source>N° de police</source>
        <translation>Policy no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="107"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="108"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="109"/>
        <source>Engagements</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="110"/>
        <source>W suivi de 9 chiffres</source>
        <translation>W followed by 9 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="111"/>
        <source>14 chiffres</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="113"/>
        <source>La ville du registre du commerce, par exemple Lyon pour « RCS Lyon »</source>
        <translation>The trade register&apos;s town, for example Lyon for “RCS Lyon”</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_parties.py" line="115"/>
        <source>présidente, trésorier, maire…</source>
        <translation>chair, treasurer, mayor…</translation>
    </message>
</context>
<context>
    <name>PartyRowsTable</name>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="53"/>
        <source>Retirer la ligne</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="80"/>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="82"/>
        <source>(Partie sans nom)</source>
        <translation>(Unnamed party)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="129"/>
        <source>Ligne {0} : {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PaymentsTable</name>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="143"/>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="144"/>
        <source>Payé par</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="145"/>
        <source>À</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="146"/>
        <source>Montant (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="147"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="148"/>
        <source>Chaque année</source>
        <translation>Every year</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="157"/>
        <source>Cochez un versement fait tous les ans : la convention imprime le total de chaque année.</source>
        <translation>Tick a payment made every year: the agreement prints the total of each year.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="160"/>
        <source>Ajouter un versement</source>
        <translation>Add a payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="223"/>
        <source>Total : {0}</source>
        <translation>Total: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="226"/>
        <source>Total : {0}, dont {1} chaque année</source>
        <translation>Total: {0}, of which {1} every year</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_tables.py" line="228"/>
        <source>* sans les montants illisibles</source>
        <translation>* excluding unreadable amounts</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <location filename="../../app/ui/agreements/printing.py" line="55"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/printing.py" line="70"/>
        <source>L&apos;imprimante a refusé une nouvelle page.</source>
        <translation>The printer refused a new page.</translation>
    </message>
</context>
<context>
    <name>PlaceEdit</name>
    <message>
        <location filename="../../app/ui/needs/place_edit.py" line="19"/>
        <source>Commune ou code postal, ex. Lyon 7e ou 69007</source>
        <translation>Town or postal code, e.g. Lyon 7e or 69007</translation>
    </message>
</context>
<context>
    <name>PracticeDocument</name>
    <message>
        <location filename="../../app/ui/practices/render.py" line="33"/>
        <source>(Sans titre)</source>
        <translation>(Untitled)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/render.py" line="34"/>
        <source>Contexte</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/render.py" line="35"/>
        <source>Méthode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/render.py" line="36"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/render.py" line="37"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/render.py" line="38"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/render.py" line="39"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/render.py" line="40"/>
        <source>Avant → après</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/render.py" line="41"/>
        <source>Enseignements</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/render.py" line="42"/>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/render.py" line="43"/>
        <source>Mots-clés</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/render.py" line="44"/>
        <source>Association autrice</source>
        <translation>Author association</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/render.py" line="45"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/render.py" line="46"/>
        <source>Aucune différence entre ces deux versions.</source>
        <translation>No difference between these two versions.</translation>
    </message>
</context>
<context>
    <name>PracticeForm</name>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="203"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="206"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="207"/>
        <source>Deux ou trois phrases : ce que la pratique apporte.</source>
        <translation>Two or three sentences: what the practice brings.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="211"/>
        <source>Contexte</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="212"/>
        <source>Le problème de départ, l&apos;association, le public…</source>
        <translation>The starting problem, the association, the people concerned…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="216"/>
        <source>Méthode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="218"/>
        <source>Les étapes, en Markdown : ## Titre, **gras**, listes « - » ou « 1. »</source>
        <translation>The steps, in Markdown: ## Heading, **bold**, lists “- ” or “1. ”</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="221"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="222"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="223"/>
        <source>Enseignements</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="223"/>
        <source>Ce que vous referiez, ou pas.</source>
        <translation>What you would do again, or not.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="224"/>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="225"/>
        <source>Mots-clés</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="226"/>
        <source>Personne à contacter</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="227"/>
        <source>E-mail de contact</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="233"/>
        <source>Séparés par des virgules : accueil, tutorat</source>
        <translation>Separated by commas: welcome, mentoring</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="276"/>
        <source>Ligne {0} : {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PracticesView</name>
    <message>
        <location filename="../../app/ui/practices/common.py" line="12"/>
        <source>Cette pratique n&apos;existe plus (elle a peut-être été supprimée).</source>
        <translation>This practice no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="124"/>
        <source>Supprimer le brouillon « {0} »</source>
        <translation>Delete the draft “{0}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="129"/>
        <source>Brouillon « {0} » rétabli.</source>
        <translation>Draft “{0}” restored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="133"/>
        <source>Brouillon « {0} » mis à la corbeille (Ctrl+Z pour le rétablir).</source>
        <translation>Draft “{0}” moved to the bin (Ctrl+Z to bring it back).</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="157"/>
        <source>Pratique publiée : elle part vers le réseau à la prochaine synchronisation.</source>
        <translation>Practice published: it goes to the network at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="176"/>
        <source>Exporter en Markdown</source>
        <translation>Export as Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="178"/>
        <source>Fichiers Markdown (*.md)</source>
        <translation>Markdown files (*.md)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="190"/>
        <source>Fiche exportée : {0}</source>
        <translation>Sheet exported: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="197"/>
        <source>Exporter en PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="199"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="214"/>
        <source>L&apos;export PDF des fiches n&apos;est pas encore disponible dans cette version.</source>
        <translation>PDF export of practice sheets is not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="220"/>
        <source>Fiche PDF enregistrée : {0}</source>
        <translation>PDF sheet saved: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="227"/>
        <source>Importer un fichier Markdown</source>
        <translation>Import a Markdown file</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="229"/>
        <source>Fichiers Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown files (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/view.py" line="237"/>
        <source>Fichier importé comme brouillon : relisez-le avant de le publier.</source>
        <translation>File imported as a draft: read it over before publishing.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../app/ui/agreements/preview.py" line="43"/>
        <source>Aperçu — {0}</source>
        <translation>Preview — {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/preview.py" line="48"/>
        <source>Zoom (Ctrl++ et Ctrl+-)</source>
        <translation>Zoom (Ctrl++ and Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/preview.py" line="53"/>
        <source>Réduire (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/preview.py" line="54"/>
        <source>Agrandir (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/preview.py" line="56"/>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/preview.py" line="57"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/preview.py" line="58"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/preview.py" line="60"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/preview.py" line="68"/>
        <source>Préparation de l&apos;aperçu…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/agreements/preview.py" line="148"/>
        <source>%Ln pages</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/preview.py" line="154"/>
        <source>L&apos;aperçu n&apos;a pas pu être préparé : {0}</source>
        <translation>The preview could not be prepared: {0}</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="70"/>
        <source>Proposer</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="70"/>
        <source>Envoyer la proposition</source>
        <translation>Send the proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="72"/>
        <source>Pour « {0} »</source>
        <translation>For “{0}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="74"/>
        <source>Ce que vous proposez : {0}</source>
        <translation>What you offer: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="76"/>
        <source>ex. Nous pouvons vous le prêter ; à récupérer la veille.</source>
        <translation>e.g. We can lend it to you; to be picked up the day before.</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="78"/>
        <source>numéro de téléphone</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="79"/>
        <source>à convenir</source>
        <translation>to be agreed</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="79"/>
        <source>le même jour</source>
        <translation>the same day</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="83"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="84"/>
        <source>Personne à contacter</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="85"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="86"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="87"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="88"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="90"/>
        <source>L&apos;association qui a publié verra votre proposition à sa prochaine synchronisation.</source>
        <translation>The association that posted it will see your proposal at its next sync.</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="65"/>
        <source>← Bibliothèque</source>
        <translation>← Library</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="66"/>
        <source>Revenir à la liste (Échap)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="69"/>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="70"/>
        <source>Exporter en Markdown…</source>
        <translation>Export as Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="71"/>
        <source>Exporter en PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="72"/>
        <source>Supprimer le brouillon</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="74"/>
        <source>Mettre ce brouillon à la corbeille (Suppr ; Ctrl+Z pour annuler)</source>
        <translation>Move this draft to the bin (Del; Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="78"/>
        <source>Le numéro de la fiche : « entraide export-practice » l&apos;accepte.</source>
        <translation>The practice&apos;s number: “entraide export-practice” accepts it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="80"/>
        <source>« {0} » copié.</source>
        <translation>“{0}” copied.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="98"/>
        <source>Avis du réseau</source>
        <translation>Network feedback</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="99"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="146"/>
        <source>Adoption enregistrée : merci de votre retour au réseau.</source>
        <translation>Adoption saved: thank you for telling the network.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="153"/>
        <source>Demande d&apos;accompagnement enregistrée ; un suivi est noté dans vos contacts.</source>
        <translation>Mentoring request saved; a follow-up is noted in your contacts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="184"/>
        <source>Publiée le {0}</source>
        <translation>Published on {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/practices/reader.py" line="187"/>
        <source>%Ln versions</source>
        <translation>
            <numerusform>%Ln version</numerusform>
            <numerusform>%Ln versions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/reader.py" line="189"/>
        <source>Brouillon : visible seulement par votre association</source>
        <translation>Draft: visible to your association only</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../app/ui/shared/banner.py" line="48"/>
        <source>Afficher ou replier le détail (clic sur le bandeau)</source>
        <translation>Show or fold the details (click the strip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/banner.py" line="65"/>
        <source>Masquer ce rappel</source>
        <translation>Hide this reminder</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/banner.py" line="16"/>
        <source>En retard : {0} ({1}), attendu le {2}.</source>
        <translation>Overdue: {0} ({1}), due on {2}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/banner.py" line="19"/>
        <source>À rendre le {0} : {1} ({2}).</source>
        <translation>Due back on {0}: {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/banner.py" line="26"/>
        <source>Prêts à surveiller</source>
        <translation>Loans to watch</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/banner.py" line="28"/>
        <source>Voir les prêts</source>
        <translation>See the loans</translation>
    </message>
</context>
<context>
    <name>ReserveDialog</name>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="36"/>
        <source>Réserver du matériel</source>
        <translation>Book equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="36"/>
        <source>Réserver</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="56"/>
        <source>qui vient chercher le matériel</source>
        <translation>who collects the equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="50"/>
        <source>La marge : des jours gardés libres avant et après la réservation, pour aller chercher le matériel et le rapporter. Personne d&apos;autre ne peut le réserver pendant ces jours.</source>
        <translation>The margin: days kept free before and after the booking, to fetch the equipment and bring it back. Nobody else can book it on those days.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="58"/>
        <source>numéro de téléphone</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="61"/>
        <source>ex. fête de quartier du 21 juin</source>
        <translation>e.g. street party on 21 June</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="64"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="65"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="66"/>
        <source>Marge</source>
        <translation>Margin</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="70"/>
        <source>Jours libres avant et après, le temps d&apos;aller chercher et de rapporter.</source>
        <translation>Free days before and after, time to fetch it and bring it back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="74"/>
        <source>Personne à contacter</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="75"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="76"/>
        <source>Pour quoi faire</source>
        <translation>What for</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="82"/>
        <source>%n jours</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/reserve_dialog.py" line="90"/>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/store/restore_dialog.py" line="17"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/restore_dialog.py" line="20"/>
        <source>Choisissez la sauvegarde à remettre en place. Les données actuelles seront mises de côté dans « {0} » (rien n&apos;est effacé), puis Entraide rouvrira la sauvegarde choisie.</source>
        <translation>Choose the backup to put back. The current data will be set aside in “{0}” (nothing is deleted), then Entraide will reopen on the chosen backup.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/restore_dialog.py" line="26"/>
        <source>Aucune sauvegarde pour l&apos;instant : Entraide en fait une chaque jour.</source>
        <translation>No backup yet: Entraide makes one every day.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/restore_dialog.py" line="29"/>
        <source>Restaurer…</source>
        <translation>Restore…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="33"/>
        <source>Retour du matériel</source>
        <translation>Return of equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="33"/>
        <source>Enregistrer le retour</source>
        <translation>Record the return</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="37"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;sorti le {1}, attendu le {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;checked out on {1}, due on {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="51"/>
        <source>ex. rayure sur l&apos;objectif, pied tordu</source>
        <translation>e.g. scratched lens, bent stand</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="53"/>
        <source>Rendue en entier</source>
        <translation>Given back in full</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="54"/>
        <source>Retenue en partie</source>
        <translation>Partly kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="55"/>
        <source>Retenue en totalité</source>
        <translation>Kept in full</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="70"/>
        <source>ex. 40</source>
        <translation>e.g. 40</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="72"/>
        <source>ex. câble HDMI perdu</source>
        <translation>e.g. HDMI cable lost</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="74"/>
        <source>la personne qui rapporte le matériel</source>
        <translation>the person bringing the equipment back</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="76"/>
        <source>le bénévole qui le reçoit</source>
        <translation>the volunteer receiving it</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="78"/>
        <source>Date de retour</source>
        <translation>Return date</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="79"/>
        <source>État au retour</source>
        <translation>Condition on return</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="81"/>
        <source>Accessoires manquants</source>
        <translation>Missing accessories</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="82"/>
        <source>Dégâts constatés</source>
        <translation>Damage found</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="84"/>
        <source>Caution versée</source>
        <translation>Deposit paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="85"/>
        <source>Caution</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="88"/>
        <source>Ce que devient la caution : rendue en entier, ou gardée en partie pour un manque ou une casse.</source>
        <translation>What happens to the deposit: given back in full, or partly kept for something missing or broken.</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="92"/>
        <source>Montant retenu (€)</source>
        <translation>Amount kept (€)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="93"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="94"/>
        <source>Rapporté par</source>
        <translation>Brought back by</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/return_dialog.py" line="95"/>
        <source>Reçu par</source>
        <translation>Received by</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="52"/>
        <source>Ajouter un rôle</source>
        <translation>Add a role</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="52"/>
        <source>Ajouter un membre</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="55"/>
        <source>Tapez le nom de l&apos;organisation</source>
        <translation>Type the organisation’s name</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="55"/>
        <source>Tapez le nom de la personne</source>
        <translation>Type the person’s name</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="62"/>
        <source>Intitulé libre (facultatif)</source>
        <translation>Custom title (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="63"/>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="64"/>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="69"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="71"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="72"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="110"/>
        <source>Choisissez d&apos;abord dans la liste des résultats.</source>
        <translation>First choose from the list of results.</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/dialogs.py" line="113"/>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="69"/>
        <source>Rôles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="69"/>
        <location filename="../../app/ui/contacts/relations.py" line="76"/>
        <source>Ajouter un rôle…</source>
        <translation>Add a role…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="69"/>
        <source>Retirer le rôle</source>
        <translation>Remove role</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="75"/>
        <source>Rôles dans les organisations</source>
        <translation>Roles in organisations</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="75"/>
        <source>Membres et rôles</source>
        <translation>Members and roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="76"/>
        <source>Ajouter un membre…</source>
        <translation>Add a member…</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="82"/>
        <source> (terminé)</source>
        <translation> (ended)</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="88"/>
        <source>, du {0} au {1}</source>
        <translation>, from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="90"/>
        <source>, depuis le {0}</source>
        <translation>, since {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/contacts/relations.py" line="92"/>
        <source>, jusqu&apos;au {0}</source>
        <translation>, until {0}</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="67"/>
        <source>Aucun (facultatif)</source>
        <translation>None (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="69"/>
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="70"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="27"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="29"/>
        <source>Selon le système</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="34"/>
        <source>Le changement de langue prend effet au prochain démarrage.</source>
        <translation>A change of language takes effect the next time Entraide starts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="38"/>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="41"/>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="52"/>
        <source>Notre association</source>
        <translation>Our association</translation>
    </message>
</context>
<context>
    <name>ShortId</name>
    <message>
        <location filename="../../app/ui/shared/short_id.py" line="18"/>
        <source>n° {0}</source>
        <translation>no. {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/short_id.py" line="27"/>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/short_id.py" line="29"/>
        <source>Copier ce numéro (la ligne de commande l&apos;accepte)</source>
        <translation>Copy this number (the command line accepts it)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/short_id.py" line="30"/>
        <source>Copier le numéro</source>
        <translation>Copy the number</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="96"/>
        <source>Marquer comme signée</source>
        <translation>Mark as signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="100"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Indiquez le jour où la dernière partie a signé. Vous pouvez joindre le scan de votre original signé (PDF ou image) : il reste sur cet ordinateur.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Enter the day the last party signed. You can attach the scan of your signed original (PDF or image): it stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="110"/>
        <source>Signée le</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="111"/>
        <source>Scan de l&apos;original</source>
        <translation>Scan of the original</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="117"/>
        <source>Choisissez un PDF ou une image (PNG, JPEG, TIFF).</source>
        <translation>Choose a PDF or an image (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/dialogs.py" line="119"/>
        <source>Ce fichier est introuvable.</source>
        <translation>This file cannot be found.</translation>
    </message>
</context>
<context>
    <name>SignatureForm</name>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="204"/>
        <source>Par exemple : Lyon</source>
        <translation>For example: Lyon</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="205"/>
        <source>à la main</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="208"/>
        <source>un par partie</source>
        <translation>one per party</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="210"/>
        <source>Fait à</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="211"/>
        <source>Le</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="212"/>
        <source>Nombre d&apos;exemplaires</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/editor_forms.py" line="217"/>
        <source>Laissez la date « à la main » pour l&apos;écrire au stylo le jour de la signature. Chaque partie garde un exemplaire original signé.</source>
        <translation>Leave the date as “by hand” to write it in pen on the day of signing. Each party keeps a signed original copy.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../app/ui/store/single_instance.py" line="82"/>
        <source>Entraide est déjà ouvert</source>
        <translation>Entraide is already open</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/single_instance.py" line="83"/>
        <source>Une fenêtre d&apos;Entraide est déjà ouverte sur le dossier « {0} » : utilisez-la (une seule fenêtre par dossier, pour que ses listes restent justes).</source>
        <translation>An Entraide window is already open on the folder “{0}”: use it (one window per folder, so that its lists stay right).</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/single_instance.py" line="104"/>
        <source>Erreur inattendue : {0}</source>
        <translation>Unexpected error: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/single_instance.py" line="109"/>
        <source>La sauvegarde n&apos;a pas été restaurée</source>
        <translation>The backup was not restored</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location filename="../../app/ui/store/store_dialog.py" line="34"/>
        <source>Les données d&apos;Entraide sont endommagées</source>
        <translation>Entraide&apos;s data is damaged</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/store_dialog.py" line="36"/>
        <source>Entraide ne peut pas utiliser ce dossier</source>
        <translation>Entraide cannot use this folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/store_dialog.py" line="42"/>
        <source>Le fichier des données de ce dossier est endommagé ({0}). Entraide ne l&apos;ouvre pas : il vous montrerait des listes vides ou fausses.

Restaurez une sauvegarde : le fichier endommagé sera mis de côté, tel quel, dans « {1} » ; rien n&apos;est effacé.</source>
        <translation>The data file of this folder is damaged ({0}). Entraide does not open it: it would show you empty or wrong lists.

Restore a backup: the damaged file will be set aside, as it is, in “{1}”; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/store_dialog.py" line="45"/>
        <source>illisible</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/store_dialog.py" line="52"/>
        <source>Aucune sauvegarde n&apos;existe dans « {0} ».</source>
        <translation>There is no backup in “{0}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/store_dialog.py" line="54"/>
        <source>Recherche des sauvegardes…</source>
        <translation>Looking for backups…</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/store_dialog.py" line="56"/>
        <source>Restaurer la sauvegarde choisie</source>
        <translation>Restore the chosen backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/store_dialog.py" line="57"/>
        <source>Ouvrir un autre dossier…</source>
        <translation>Open another folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/store_dialog.py" line="58"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>StoreGuard</name>
    <message>
        <location filename="../../app/ui/store/guard.py" line="74"/>
        <source>Entraide ne peut pas ouvrir ses données</source>
        <translation>Entraide cannot open its data</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/guard.py" line="75"/>
        <source>Les données n&apos;ont pas pu être ouvertes ({0}). Elles n&apos;ont pas été modifiées.</source>
        <translation>The data could not be opened ({0}). It has not been changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/guard.py" line="100"/>
        <source>une page est illisible</source>
        <translation>a page is unreadable</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/guard.py" line="166"/>
        <source>Restaurer la sauvegarde</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/guard.py" line="167"/>
        <source>Les données actuelles seront mises de côté dans « {0} » et remplacées par cette sauvegarde ; Entraide redémarre ensuite sur elle.</source>
        <translation>The current data will be set aside in “{0}” and replaced by this backup; Entraide then restarts on it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/guard.py" line="172"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/store/guard.py" line="190"/>
        <source>Choisir un dossier de données</source>
        <translation>Choose a data folder</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="204"/>
        <source>Bilan de l&apos;année</source>
        <translation>Year summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="210"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="210"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="216"/>
        <source>Enregistrer en CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="221"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="263"/>
        <source>bilan-entraide-{0}.csv</source>
        <translation>entraide-summary-{0}.csv</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="265"/>
        <source>Enregistrer le bilan</source>
        <translation>Save the summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="265"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/needs/dialogs.py" line="279"/>
        <source>Bilan enregistré : {0}</source>
        <translation>Summary saved: {0}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../app/ui/sync/controller.py" line="118"/>
        <source>La synchronisation supprimerait {0} fiches « {1} » sur les {2} de cet ordinateur.</source>
        <translation>The sync would delete {0} “{1}” records out of the {2} on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/controller.py" line="128"/>
        <source>Synchronisation annulée : ce qui était déjà reçu est gardé, la suite viendra à la prochaine.</source>
        <translation>Sync cancelled: what was already received is kept, the rest will come next time.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/controller.py" line="137"/>
        <source>La synchronisation a échoué : {0}</source>
        <translation>The sync failed: {0}</translation>
    </message>
</context>
<context>
    <name>SyncStatusLine</name>
    <message>
        <location filename="../../app/ui/sync/status_line.py" line="22"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_line.py" line="51"/>
        <source>Hors réseau (pas de hub)</source>
        <translation>Not on a network (no hub)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_line.py" line="54"/>
        <source>● En ligne</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_line.py" line="54"/>
        <source>○ Hors ligne</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_line.py" line="58"/>
        <source>synchronisé le {0}</source>
        <translation>synced on {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_line.py" line="58"/>
        <source>jamais synchronisé</source>
        <translation>never synced</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/status_line.py" line="59"/>
        <source>{0} en attente</source>
        <translation>{0} pending</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/status_line.py" line="63"/>
        <source>%Ln conflits</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="41"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="51"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="52"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="53"/>
        <source>Dernière synchronisation réussie</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="54"/>
        <source>Modifications en attente d&apos;envoi</source>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="55"/>
        <source>Conflits à régler</source>
        <translation>Conflicts to settle</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="57"/>
        <source>Fiches reçues mises de côté</source>
        <translation>Received records set aside</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="62"/>
        <source>Ces fiches reçues du hub n&apos;ont pas pu être enregistrées sur cet ordinateur ; tout le reste a été synchronisé. Elles seront reprises dès qu&apos;une version corrigée arrivera (prévenez l&apos;association qui les a écrites).</source>
        <translation>These records received from the hub could not be saved on this computer; everything else was synchronised. They will be taken again as soon as a corrected version arrives (let the association that wrote them know).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="69"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="69"/>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="69"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="76"/>
        <source>Dossier de la clé USB</source>
        <translation>USB stick folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="77"/>
        <source>Fichiers de liaison (clé USB)</source>
        <translation>Courier files (USB stick)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="81"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="81"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="81"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="81"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="91"/>
        <source>Aucun trousseau système n&apos;est disponible : le jeton de cet ordinateur est gardé dans un fichier que vous seul pouvez lire, dans le dossier des données.</source>
        <translation>No system keyring is available: this computer&apos;s token is kept in a file only you can read, in the data folder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="100"/>
        <source>Synchroniser maintenant</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="101"/>
        <source>Synchroniser maintenant (F5)</source>
        <translation>Sync now (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="102"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="104"/>
        <location filename="../../app/ui/sync/sync_view.py" line="184"/>
        <source>Relier cet ordinateur au hub…</source>
        <translation>Link this computer to the hub…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="105"/>
        <source>Préparer un fichier pour le hub…</source>
        <translation>Prepare a file for the hub…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="108"/>
        <source>Sans connexion : vos modifications sur une clé USB, qu&apos;un autre ordinateur du réseau transmettra</source>
        <translation>Without a connection: your changes on a USB stick, which another computer of the network will carry</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="112"/>
        <source>Importer la réponse du hub…</source>
        <translation>Import the hub&apos;s answer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="148"/>
        <source>Tout est enregistré sur cet ordinateur. Quand une connexion existe, Entraide envoie vos modifications au hub du réseau et reçoit celles des autres, toutes les cinq minutes et dès que la connexion revient.</source>
        <translation>Everything is saved on this computer. When a connection exists, Entraide sends your changes to the network&apos;s hub and receives the others&apos;, every five minutes and as soon as the connection comes back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="154"/>
        <source>Cet ordinateur n&apos;est pas encore relié au hub du réseau. Tout fonctionne sans lui ; pour partager avec les autres postes et associations, reliez-le avec le code que vous donne l&apos;administrateur du hub.</source>
        <translation>This computer is not linked to the network&apos;s hub yet. Everything works without it; to share with other computers and associations, link it with the code the hub&apos;s administrator gives you.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="163"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="167"/>
        <source>synchronisation en cours…</source>
        <translation>syncing…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="169"/>
        <source>en ligne</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="171"/>
        <source>hors ligne : les modifications attendent la connexion</source>
        <translation>offline: changes wait for the connection</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="173"/>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="175"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="184"/>
        <source>Relier à un autre hub…</source>
        <translation>Link to another hub…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="214"/>
        <source>aucun (Synchronisation ▸ Dossier de la clé USB… : ses fichiers sont transmis à chaque synchronisation)</source>
        <translation>none (Sync ▸ USB stick folder…: its files are carried at each sync)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="222"/>
        <source>préparé pour le hub</source>
        <translation>prepared for the hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="223"/>
        <source>transmis pour un autre ordinateur</source>
        <translation>carried for another computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="224"/>
        <source>réponse importée</source>
        <translation>answer imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="233"/>
        <source>{0} Ko</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="251"/>
        <source>Envoi</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/sync_view.py" line="251"/>
        <source>Réception</source>
        <translation>Receiving</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../app/ui/shared/task_dialog.py" line="116"/>
        <source>Cette fiche n&apos;existe plus (elle a peut-être été supprimée).</source>
        <translation>This record no longer exists (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/task_dialog.py" line="123"/>
        <source>L&apos;opération a échoué : {0}</source>
        <translation>The operation failed: {0}</translation>
    </message>
</context>
<context>
    <name>ThemesPicker</name>
    <message>
        <location filename="../../app/ui/practices/editor_form.py" line="154"/>
        <source>Autre thème, puis Entrée</source>
        <translation>Another theme, then Enter</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../app/ui/trash/model.py" line="21"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="21"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="22"/>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="23"/>
        <source>Pratique</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="23"/>
        <source>Pratiques</source>
        <translation>Practices</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="25"/>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="26"/>
        <source>Conventions</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="29"/>
        <source>Modèle de clause</source>
        <translation>Clause template</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="30"/>
        <source>Modèles de clauses</source>
        <translation>Clause templates</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="34"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="35"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="36"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="37"/>
        <source>Publiée</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="82"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="82"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="82"/>
        <source>Précision</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="82"/>
        <source>Supprimé le</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/model.py" line="103"/>
        <source>(sans titre)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../app/ui/trash/view.py" line="41"/>
        <source>Ce que vous supprimez reste ici jusqu&apos;à ce que vous vidiez la corbeille : vous pouvez le restaurer, avec ce qui s&apos;y rattache (les rôles et consentements d&apos;un contact…).</source>
        <translation>What you delete stays here until you empty the bin: you can restore it, with what belongs to it (a contact&apos;s roles and consents…).</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="50"/>
        <source>Tous les types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="59"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="61"/>
        <source>Remettre les éléments choisis à leur place (Ctrl+Z pour annuler)</source>
        <translation>Put the chosen items back where they were (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="63"/>
        <source>Supprimer définitivement…</source>
        <translation>Delete permanently…</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="64"/>
        <source>Supprimer pour de bon les éléments choisis (Suppr)</source>
        <translation>Delete the chosen items for good (Del)</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="65"/>
        <source>Vider la corbeille…</source>
        <translation>Empty bin…</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="70"/>
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="148"/>
        <source>La corbeille est vide.

Les contacts, le matériel, les brouillons de pratiques et de conventions et les modèles de clauses que vous supprimez arrivent ici : vous pourrez les restaurer tant que la corbeille n&apos;est pas vidée.</source>
        <translation>The bin is empty.

The contacts, equipment, practice and agreement drafts and clause templates you delete come here: you can restore them until the bin is emptied.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="153"/>
        <source>Aucun élément de ce type dans la corbeille.</source>
        <translation>No item of this type in the bin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash/view.py" line="155"/>
        <source>%Ln éléments dans la corbeille</source>
        <translation>
            <numerusform>%Ln item in the bin</numerusform>
            <numerusform>%Ln items in the bin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash/view.py" line="175"/>
        <source>Restaurer %Ln éléments</source>
        <translation>
            <numerusform>Restore %Ln item</numerusform>
            <numerusform>Restore %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash/view.py" line="180"/>
        <source>%Ln éléments remis dans la corbeille.</source>
        <translation>
            <numerusform>%Ln item put back in the bin.</numerusform>
            <numerusform>%Ln items put back in the bin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="213"/>
        <source>{0}, avec ce qui s&apos;y rattache : cette action est irréversible.

À la prochaine synchronisation, il sera effacé aussi du hub et des autres ordinateurs de l&apos;association, sans passer par leur corbeille.</source>
        <translation>{0}, with what belongs to it: this cannot be undone.

At the next sync, it will be erased from the hub and from the association&apos;s other computers too, without going to their bin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="219"/>
        <source>{0}, avec ce qui s&apos;y rattache : cette action est irréversible.

À la prochaine synchronisation, ils seront effacés aussi du hub et des autres ordinateurs de l&apos;association, sans passer par leur corbeille.</source>
        <translation>{0}, with what belongs to them: this cannot be undone.

At the next sync, they will be erased from the hub and from the association&apos;s other computers too, without going to their bin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="239"/>
        <source>, avec ce qui s&apos;y rattache : cette action est irréversible.

À la prochaine synchronisation, il sera effacé aussi du hub et des autres ordinateurs de l&apos;association, sans passer par leur corbeille.</source>
        <translation>, with what belongs to it: this cannot be undone.

At the next sync it will also be erased from the hub and from the association&apos;s other computers, without going through their bin.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="245"/>
        <source>, de tous les types, avec ce qui s&apos;y rattache : cette action est irréversible.

À la prochaine synchronisation, ils seront effacés aussi du hub et des autres ordinateurs de l&apos;association, sans passer par leur corbeille.</source>
        <translation>, of every kind, with what belongs to them: this cannot be undone.

At the next sync, they will be erased from the hub and from the association&apos;s other computers too, without going to their bin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash/view.py" line="260"/>
        <source>%Ln éléments supprimés définitivement.</source>
        <translation>
            <numerusform>%Ln item deleted permanently.</numerusform>
            <numerusform>%Ln items deleted permanently.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="173"/>
        <source>Restaurer « {0} »</source>
        <translation>Restore “{0}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="182"/>
        <source>{0} — Ctrl+Z pour annuler.</source>
        <translation>{0} — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="202"/>
        <source>« {0} » sera supprimé définitivement</source>
        <translation>“{0}” will be deleted permanently</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="204"/>
        <source>Les {0} éléments choisis seront supprimés définitivement</source>
        <translation>The {0} chosen items will be deleted permanently</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="210"/>
        <location filename="../../app/ui/trash/view.py" line="224"/>
        <source>Supprimer définitivement</source>
        <translation>Delete permanently</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/trash/view.py" line="236"/>
        <source>Les %Ln éléments de la corbeille seront supprimés définitivement</source>
        <translation>
            <numerusform>%Ln item in the bin will be deleted permanently</numerusform>
            <numerusform>The %Ln items in the bin will be deleted permanently</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="235"/>
        <location filename="../../app/ui/trash/view.py" line="250"/>
        <source>Vider la corbeille</source>
        <translation>Empty bin</translation>
    </message>
    <message>
        <location filename="../../app/ui/trash/view.py" line="265"/>
        <source>Cet élément n&apos;est plus dans la corbeille.</source>
        <translation>This item is no longer in the bin.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <location filename="../../app/ui/shared/error_report.py" line="46"/>
        <source>Entraide : erreur inattendue</source>
        <translation>Entraide: unexpected error</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/error_report.py" line="53"/>
        <source>&lt;b&gt;Une erreur inattendue s&apos;est produite.&lt;/b&gt;&lt;br&gt;Ce que vous étiez en train de faire n&apos;a peut-être pas abouti ; le reste de vos données n&apos;est pas touché. Vous pouvez continuer, ou redémarrer Entraide si l&apos;erreur revient.&lt;br&gt;&lt;br&gt;Pour obtenir de l&apos;aide, copiez le rapport et envoyez-le à la personne qui vous aide. Il ne contient ni nom, ni adresse, ni numéro de téléphone.</source>
        <translation>&lt;b&gt;An unexpected error occurred.&lt;/b&gt;&lt;br&gt;What you were doing may not have been completed; the rest of your data is untouched. You can carry on, or restart Entraide if the error comes back.&lt;br&gt;&lt;br&gt;To get help, copy the report and send it to the person who helps you. It contains no name, no address and no phone number.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/error_report.py" line="61"/>
        <source>Le journal est ici : {0}</source>
        <translation>The log is here: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/error_report.py" line="72"/>
        <location filename="../../app/ui/shared/error_report.py" line="120"/>
        <source>Voir le rapport</source>
        <translation>Show the report</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/error_report.py" line="75"/>
        <location filename="../../app/ui/shared/error_report.py" line="103"/>
        <source>Copier le rapport</source>
        <translation>Copy the report</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/error_report.py" line="78"/>
        <source>Ouvrir le dossier du journal</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/error_report.py" line="80"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/error_report.py" line="102"/>
        <source>Rapport copié</source>
        <translation>Report copied</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/error_report.py" line="109"/>
        <source>Une autre erreur s&apos;est produite depuis : le journal la garde.</source>
        <translation>Another error has occurred since: the log keeps it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/error_report.py" line="111"/>
        <source>{0} autres erreurs se sont produites depuis : le journal les garde.</source>
        <translation>{0} more errors have occurred since: the log keeps them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/error_report.py" line="120"/>
        <source>Masquer le rapport</source>
        <translation>Hide the report</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../app/ui/shared/unsaved.py" line="18"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/shared/unsaved.py" line="24"/>
        <source>Quitter sans enregistrer</source>
        <translation>Quit without saving</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="64"/>
        <location filename="../../app/ui/practices/versions_panel.py" line="76"/>
        <source>Comparer</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="65"/>
        <source>Restaurer la version choisie…</source>
        <translation>Restore the chosen version…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="68"/>
        <source>Remet le contenu de la version sélectionnée dans la liste ; c&apos;est une nouvelle version, rien n&apos;est perdu (Ctrl+Z pour annuler)</source>
        <translation>Brings back the content of the version selected in the list; it becomes a new version, nothing is lost (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="73"/>
        <source>Pas encore de version : l&apos;historique commence à la publication.</source>
        <translation>No version yet: the history starts at publication.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="78"/>
        <source>avec</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="93"/>
        <source>Version {0} du {1}</source>
        <translation>Version {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="107"/>
        <location filename="../../app/ui/practices/versions_panel.py" line="108"/>
        <source>version {0}</source>
        <translation>version {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="122"/>
        <source>&lt;p style=&apos;color:#555&apos;&gt;Choisissez deux versions et « Comparer » pour voir ce qui a changé.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#555&apos;&gt;Choose two versions and “Compare” to see what changed.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="148"/>
        <source>Comparaison impossible : {0}</source>
        <translation>Cannot compare: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="158"/>
        <source>Restaurer une version</source>
        <translation>Restore a version</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="160"/>
        <source>Remettre le contenu de la version {0} ? Il devient une nouvelle version, publiée au réseau ; la version actuelle reste dans l&apos;historique.</source>
        <translation>Bring back the content of version {0}? It becomes a new version, published to the network; the current version stays in the history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="163"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="169"/>
        <source>Version restaurée.</source>
        <translation>Version restored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practices/versions_panel.py" line="177"/>
        <source>Restaurer la version {0}</source>
        <translation>Restore version {0}</translation>
    </message>
</context>
<context>
    <name>_Picker</name>
    <message>
        <location filename="../../app/ui/agreements/pickers.py" line="49"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/agreements/pickers.py" line="50"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <location filename="../../app/ui/practices/dialogs.py" line="47"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/agreements.py" line="17"/>
        <source>CONVENTION</source>
        <translation>AGREEMENT</translation>
    </message>
    <message>
        <location filename="../../app/cli/agreements.py" line="25"/>
        <location filename="../../app/cli/equipment.py" line="46"/>
        <location filename="../../app/cli/equipment.py" line="98"/>
        <location filename="../../app/cli/equipment.py" line="138"/>
        <location filename="../../app/cli/backups.py" line="30"/>
        <location filename="../../app/cli/contacts_export.py" line="32"/>
        <location filename="../../app/cli/contacts.py" line="43"/>
        <location filename="../../app/cli/practices.py" line="49"/>
        <location filename="../../app/cli/practices.py" line="98"/>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/agreements.py" line="25"/>
        <location filename="../../app/cli/equipment.py" line="98"/>
        <location filename="../../app/cli/equipment.py" line="138"/>
        <source>fichier PDF à écrire</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <location filename="../../app/cli/agreements.py" line="18"/>
        <source>référence de la convention ou de l&apos;avenant (CONV-2026-001, CONV-2026-001-A1), ou son identifiant (complet, ou au moins ses 8 derniers caractères)</source>
        <translation>reference of the agreement or amendment (CONV-2026-001, CONV-2026-001-A1), or its id (complete, or at least its last 8 characters)</translation>
    </message>
    <message>
        <location filename="../../app/cli/agreements.py" line="37"/>
        <source>convention introuvable : « {0} ». Donnez sa référence (par exemple CONV-2026-001, ou CONV-2026-001-A1 pour un avenant) telle qu&apos;elle figure dans la section Conventions, ou son identifiant (complet, ou au moins ses 8 derniers caractères).</source>
        <translation>agreement not found: “{0}”. Give its reference (for example CONV-2026-001, or CONV-2026-001-A1 for an amendment) as shown in the Agreements section, or its id (complete, or at least its last 8 characters).</translation>
    </message>
    <message>
        <location filename="../../app/cli/agreements.py" line="48"/>
        <source>Avenant n° {0} {1} « {2} » (projet, avec la mention PROJET) écrit dans {3}</source>
        <translation>Amendment no. {0} {1} “{2}” (draft, marked PROJET) written to {3}</translation>
    </message>
    <message>
        <location filename="../../app/cli/agreements.py" line="50"/>
        <source>Avenant n° {0} {1} « {2} » écrit dans {3}</source>
        <translation>Amendment no. {0} {1} “{2}” written to {3}</translation>
    </message>
    <message>
        <location filename="../../app/cli/agreements.py" line="54"/>
        <source>Convention {1} « {2} » (projet, avec la mention PROJET) écrite dans {3}</source>
        <translation>Agreement {1} “{2}” (draft, marked PROJET) written to {3}</translation>
    </message>
    <message>
        <location filename="../../app/cli/agreements.py" line="56"/>
        <source>Convention {1} « {2} » écrite dans {3}</source>
        <translation>Agreement {1} “{2}” written to {3}</translation>
    </message>
    <message>
        <location filename="../../app/cli/agreements.py" line="64"/>
        <source>imprimer une convention de partenariat ou un avenant, à signer par les parties (un brouillon porte la mention PROJET)</source>
        <translation>print a partnership agreement or an amendment for the parties to sign (a draft is marked PROJET)</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="30"/>
        <source>adresse du hub (https://…)</source>
        <translation>the hub&apos;s address (https://…)</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="33"/>
        <source>code d&apos;enrôlement donné par l&apos;administrateur du hub</source>
        <translation>enrolment code given by the hub&apos;s administrator</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="39"/>
        <source>nom de cet ordinateur</source>
        <translation>name of this computer</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="53"/>
        <source>l&apos;adresse du hub doit commencer par https:// (le jeton ne doit jamais circuler en clair).</source>
        <translation>the hub&apos;s address must start with https:// (the token must never travel in clear).</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="71"/>
        <source>Cet ordinateur est relié au hub pour « {0} ». Jeton enregistré dans un fichier lisible par vous seul (pas de trousseau système).</source>
        <translation>This computer is linked to the hub for “{0}”. Token saved in a file only you can read (no system keyring).</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="77"/>
        <source>Cet ordinateur est relié au hub pour « {0} ». Jeton enregistré dans le trousseau du système.</source>
        <translation>This computer is linked to the hub for “{0}”. Token saved in the system keyring.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="87"/>
        <source>nom</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="88"/>
        <source>RNA</source>
        <translation>RNA</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="89"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="108"/>
        <source>{0} : « {1} » sur cet ordinateur, « {2} » au hub ; celui de cet ordinateur est gardé (Fichier ▸ Préférences pour le changer).</source>
        <translation>{0}: “{1}” on this computer, “{2}” at the hub; this computer&apos;s is kept (File ▸ Preferences to change it).</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="123"/>
        <source>accepter une synchronisation qui supprime beaucoup de fiches</source>
        <translation>accept a sync that deletes many records</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="134"/>
        <source>envoi : {0}/{1}</source>
        <translation>sending: {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="134"/>
        <source>réception : {0}/{1}</source>
        <translation>receiving: {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="177"/>
        <source>cet ordinateur n&apos;est relié à aucun hub : lancez d&apos;abord entraide enroll --hub URL --code CODE.</source>
        <translation>this computer is not linked to any hub: first run entraide enroll --hub URL --code CODE.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync_stops.py" line="21"/>
        <source>Relancez avec --allow-deletions si c&apos;est voulu.</source>
        <translation>Run again with --allow-deletions if this is intended.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="153"/>
        <source>Synchronisé : {0}, {1}, {2}.</source>
        <translation>Synced: {0}, {1}, {2}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="32"/>
        <source>export [DOSSIER] : préparer le fichier de cet ordinateur pour le hub ; relay FICHIER… : transmettre le fichier d&apos;un autre ordinateur ; import FICHIER : appliquer la réponse ; stick [DOSSIER] : le dossier de la clé, transmis à chaque synchronisation</source>
        <translation>export [FOLDER]: prepare this computer&apos;s file for the hub; relay FILE…: carry another computer&apos;s file; import FILE: apply the answer; stick [FOLDER]: the stick&apos;s folder, carried at each sync</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="39"/>
        <source>CHEMIN</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="43"/>
        <source>accepter une réponse qui supprime beaucoup de fiches</source>
        <translation>accept an answer that deletes many records</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="62"/>
        <source>aucune modification, seulement les nouveautés à rapporter</source>
        <translation>no changes, only asking for what is new</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="66"/>
        <source>Fichier prêt pour le hub : {0} ({1}) — {2}.</source>
        <translation>File ready for the hub: {0} ({1}) — {2}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="76"/>
        <source>donnez le ou les fichiers de liaison à transmettre.</source>
        <translation>give the courier file or files to carry.</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="81"/>
        <location filename="../../app/cli/sync.py" line="218"/>
        <source>{0} : refusé — {1}</source>
        <translation>{0}: refused — {1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="85"/>
        <location filename="../../app/cli/sync.py" line="220"/>
        <source>{0} : transmis ; réponse écrite dans {1}.</source>
        <translation>{0}: carried; answer written to {1}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="92"/>
        <source>donnez un fichier de réponse (…-reponse.entraide).</source>
        <translation>give an answer file (…-reponse.entraide).</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="97"/>
        <source>Cette réponse a déjà été importée le {0} : rien n&apos;a changé.</source>
        <translation>This answer was already imported on {0}: nothing changed.</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="102"/>
        <source>Réponse importée : {0}, {1}, {2}.</source>
        <translation>Answer imported: {0}, {1}, {2}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="103"/>
        <location filename="../../app/cli/sync.py" line="154"/>
        <source>%n envoyé</source>
        <translation>%n sent</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="103"/>
        <location filename="../../app/cli/sync.py" line="154"/>
        <source>%n envoyés</source>
        <translation>%n sent</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="104"/>
        <location filename="../../app/cli/sync.py" line="155"/>
        <source>%n reçu</source>
        <translation>%n received</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="104"/>
        <location filename="../../app/cli/sync.py" line="155"/>
        <source>%n reçus</source>
        <translation>%n received</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="105"/>
        <location filename="../../app/cli/sync.py" line="156"/>
        <source>%n conflit</source>
        <translation>%n conflict</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="105"/>
        <location filename="../../app/cli/sync.py" line="156"/>
        <source>%n conflits</source>
        <translation>%n conflicts</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="115"/>
        <location filename="../../app/cli/courier.py" line="128"/>
        <source>donnez un seul dossier.</source>
        <translation>give one folder only.</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="119"/>
        <location filename="../../app/cli/courier.py" line="132"/>
        <source>« {0} » n&apos;est pas un dossier.</source>
        <translation>“{0}” is not a folder.</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="122"/>
        <source>Dossier de la clé : {0}</source>
        <translation>Stick folder: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="122"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="145"/>
        <source>{0} Ko</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="146"/>
        <source>{0} Mo</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="150"/>
        <source>préparé</source>
        <translation>prepared</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="151"/>
        <source>transmis pour un autre ordinateur</source>
        <translation>carried for another computer</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="152"/>
        <source>réponse importée</source>
        <translation>answer imported</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="161"/>
        <source>Fichiers de liaison (clé USB) :</source>
        <translation>Courier files (USB stick):</translation>
    </message>
    <message>
        <location filename="../../app/cli/courier.py" line="172"/>
        <source>synchroniser sans connexion par un fichier sur clé USB : export, relay, import, stick</source>
        <translation>sync without a connection by a file on a USB stick: export, relay, import, stick</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="204"/>
        <source>%n demande de mentorat reçue pour nos pratiques, notée dans les contacts (mot-clé « mentorat »).</source>
        <translation>%n mentoring request received for our practices, noted in the contacts (keyword “mentorat”).</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="209"/>
        <source>%n demandes de mentorat reçues pour nos pratiques, notées dans les contacts (mot-clé « mentorat »).</source>
        <translation>%n mentoring requests received for our practices, noted in the contacts (keyword “mentorat”).</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="228"/>
        <source>%n nouvelle correspondance pour nos besoins et propositions : entraide status la liste.</source>
        <translation>%n new match for our needs and offers: entraide status lists it.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="232"/>
        <source>%n nouvelles correspondances pour nos besoins et propositions : entraide status les liste.</source>
        <translation>%n new matches for our needs and offers: entraide status lists them.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="246"/>
        <source>conventions qui se terminent dans les N jours (par défaut : le délai de rappel de chacune, 60 jours sauf réglage)</source>
        <translation>agreements ending within N days (default: each one&apos;s reminder delay, 60 days unless set)</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="256"/>
        <source>--days va de 0 à 3650.</source>
        <translation>--days goes from 0 to 3650.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="274"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="276"/>
        <source>Hub : {0}</source>
        <translation>Hub: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="276"/>
        <source>aucun (pas encore enrôlé)</source>
        <translation>none (not enrolled yet)</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="279"/>
        <source>Association : {0}</source>
        <translation>Association: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="280"/>
        <source>Dernière synchronisation réussie : {0}</source>
        <translation>Last successful sync: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="281"/>
        <source>Modifications en attente d&apos;envoi : {0}</source>
        <translation>Changes waiting to be sent: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="282"/>
        <source>Conflits à régler : {0}</source>
        <translation>Conflicts to settle: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="286"/>
        <source>Fiches reçues mises de côté : {0}</source>
        <translation>Received records set aside: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="291"/>
        <location filename="../../app/cli/sync.py" line="340"/>
        <source>… et {0} de plus.</source>
        <translation>… and {0} more.</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="294"/>
        <source>Dernière erreur : {0}</source>
        <translation>Last error: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="296"/>
        <source>Conventions à renouveler ou qui se terminent bientôt :</source>
        <translation>Agreements to renew or ending soon:</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="326"/>
        <source>Modifications refusées par le hub : {0}</source>
        <translation>Changes refused by the hub: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="337"/>
        <source>{0} ({1}) : {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="344"/>
        <source>relier cet ordinateur au hub du réseau</source>
        <translation>link this computer to the network&apos;s hub</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="345"/>
        <source>synchroniser une fois avec le hub</source>
        <translation>sync once with the hub</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="347"/>
        <source>état de la synchronisation, conventions qui se terminent bientôt, nouvelles correspondances pour nos besoins et propositions</source>
        <translation>sync status, agreements ending soon, new matches for our needs and offers</translation>
    </message>
    <message>
        <location filename="../../app/cli/errors.py" line="13"/>
        <source>entraide : {0}</source>
        <translation>entraide: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/flags.py" line="42"/>
        <source>entraide : {0} s&apos;écrit désormais {1} ; l&apos;ancienne orthographe disparaîtra.</source>
        <translation>entraide: {0} is now spelt {1}; the old spelling will go away.</translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="28"/>
        <source>accès refusé (le fichier est peut-être ouvert dans un autre programme)</source>
        <translation>access denied (the file may be open in another program)</translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="31"/>
        <source>accès refusé</source>
        <translation>access denied</translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="32"/>
        <source>le support est en lecture seule</source>
        <translation>the medium is read-only</translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="33"/>
        <source>le disque est plein</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="34"/>
        <source>c&apos;est un dossier</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="35"/>
        <source>le nom est trop long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="36"/>
        <source>ce dossier n&apos;accepte pas de fichiers</source>
        <translation>this folder does not accept files</translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="44"/>
        <source> ou </source>
        <translation> or </translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="46"/>
        <source>le fichier à écrire doit se terminer par {0} (reçu : « {1} »).</source>
        <translation>the file to write must end with {0} (got: “{1}”).</translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="52"/>
        <source>« {0} » est un dossier : donnez un nom de fichier, par exemple {1}.</source>
        <translation>“{0}” is a folder: give a file name, for example {1}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="53"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="57"/>
        <location filename="../../app/cli/contacts_export.py" line="41"/>
        <source>dossier introuvable : {0}</source>
        <translation>folder not found: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="77"/>
        <source>erreur du système ({0})</source>
        <translation>system error ({0})</translation>
    </message>
    <message>
        <location filename="../../app/cli/output.py" line="79"/>
        <source>impossible d&apos;écrire « {0} » : {1}.</source>
        <translation>cannot write “{0}”: {1}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="51"/>
        <source>DOSSIER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="53"/>
        <source>dossier des données (par défaut celui de l&apos;utilisateur, ou ENTRAIDE_DATA_DIR)</source>
        <translation>data folder (default: the user&apos;s, or ENTRAIDE_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="64"/>
        <source>détail du journal (par défaut info ; debug pour un dépannage)</source>
        <translation>log detail (default info; debug for troubleshooting)</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="79"/>
        <source>Entraide : contacts, matériel partagé, pratiques et conventions des associations d&apos;un réseau. Sans commande, ouvre la fenêtre.</source>
        <translation>Entraide: contacts, shared equipment, practices and agreements of a network&apos;s associations. Without a command, opens the window.</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="71"/>
        <source>langue de l&apos;interface</source>
        <translation>interface language</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="89"/>
        <source>afficher la version et quitter</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="97"/>
        <source>vérifier que l&apos;installation fonctionne (dans un dossier temporaire, sans toucher aux données), puis quitter</source>
        <translation>check that the installation works (in a temporary folder, without touching the data), then quit</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="115"/>
        <source>COMMANDE</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="168"/>
        <source>« {0} » désigne plusieurs fiches ; donnez plus de caractères de l&apos;identifiant :</source>
        <translation>“{0}” matches several records; give more characters of the id:</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="177"/>
        <source>interrompu.</source>
        <translation>interrupted.</translation>
    </message>
    <message>
        <location filename="../../app/cli/__init__.py" line="183"/>
        <source>erreur inattendue ({0}) : {1}</source>
        <translation>unexpected error ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="29"/>
        <source>année attendue, par exemple 2025 (reçu : {0})</source>
        <translation>a year is expected, for example 2025 (got: {0})</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="38"/>
        <source>ANNÉE</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="39"/>
        <source>l&apos;année de l&apos;exercice, par exemple 2025</source>
        <translation>the financial year, for example 2025</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="59"/>
        <source>le dossier « {0} » n&apos;existe pas.</source>
        <translation>the folder “{0}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="81"/>
        <location filename="../../app/cli/demo.py" line="150"/>
        <source>%n prêt</source>
        <translation>%n loan</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="81"/>
        <location filename="../../app/cli/demo.py" line="150"/>
        <source>%n prêts</source>
        <translation>%n loans</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="47"/>
        <source>fichier .csv à écrire (UTF-8, séparateur « ; », virgule décimale) ; un dossier, ou rien : le fichier y prend le nom de l&apos;association et l&apos;année</source>
        <translation>.csv file to write (UTF-8, “;” separator, decimal comma); a folder, or nothing: the file there is named after the association and the year</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="73"/>
        <source>Relevé {0} : contributions reçues {1} ({2}), contributions données {3} ({4}) ; fichier {5}</source>
        <translation>Statement {0}: contributions received {1} ({2}), contributions given {3} ({4}); file {5}</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="79"/>
        <source>%n emprunt</source>
        <translation>%n borrowing</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="79"/>
        <source>%n emprunts</source>
        <translation>%n borrowings</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="94"/>
        <source>PRET</source>
        <translation>LOAN</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="95"/>
        <source>identifiant du prêt (complet, ou au moins ses 8 derniers caractères)</source>
        <translation>loan id (complete, or at least its last 8 characters)</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="116"/>
        <source>prêt introuvable : « {0} ». Copiez l&apos;identifiant du prêt depuis la section Matériel et prêts ou d&apos;un bon déjà imprimé (l&apos;identifiant complet, ou au moins ses 8 derniers caractères).</source>
        <translation>loan not found: “{0}”. Copy the loan&apos;s id from the Equipment and loans section or from a printed slip (the complete id, or at least its last 8 characters).</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="125"/>
        <source>Bon de retour de « {0} » ({1} → {2}) écrit dans {3}</source>
        <translation>Return receipt for “{0}” ({1} → {2}) written to {3}</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="127"/>
        <source>Bon de prêt de « {0} » ({1} → {2}) écrit dans {3}</source>
        <translation>Loan receipt for “{0}” ({1} → {2}) written to {3}</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="145"/>
        <source>seulement le matériel de notre association (par défaut)</source>
        <translation>only our association&apos;s equipment (default)</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="151"/>
        <source>tout le matériel du catalogue, y compris celui des autres associations</source>
        <translation>all the catalogue&apos;s equipment, other associations&apos; included</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="156"/>
        <source>tracer le contour de chaque étiquette (pour découper du papier ordinaire)</source>
        <translation>draw each label&apos;s outline (to cut plain paper)</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="173"/>
        <source>aucun matériel à étiqueter : ajoutez d&apos;abord du matériel dans la section Matériel et prêts.</source>
        <translation>no equipment to label: first add equipment in the Equipment and loans section.</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="178"/>
        <source>aucun matériel à étiqueter : ajoutez d&apos;abord du matériel dans la section Matériel et prêts, ou utilisez --all.</source>
        <translation>no equipment to label: first add equipment in the Equipment and loans section, or use --all.</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="188"/>
        <source>%n planche A4 de {0} (70 × 37 mm)</source>
        <translation>%n A4 sheet of {0} (70 × 37 mm)</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="189"/>
        <source>%n planches A4 de {0} (70 × 37 mm)</source>
        <translation>%n A4 sheets of {0} (70 × 37 mm)</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="193"/>
        <source>%n étiquette sur {0} écrite dans {1}</source>
        <translation>%n label on {0} written to {1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="194"/>
        <source>%n étiquettes sur {0} écrites dans {1}</source>
        <translation>%n labels on {0} written to {1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="202"/>
        <source>imprimer le bon de prêt d&apos;un prêt de matériel (ou son bon de retour s&apos;il est rendu), à signer par les deux associations</source>
        <translation>print the loan receipt of an equipment loan (or its return receipt once returned), for both associations to sign</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="211"/>
        <source>imprimer des étiquettes à QR code pour le matériel (planches A4 de 24 étiquettes 70 × 37 mm)</source>
        <translation>print QR code labels for the equipment (A4 sheets of 24 labels, 70 × 37 mm)</translation>
    </message>
    <message>
        <location filename="../../app/cli/equipment.py" line="219"/>
        <source>relevé annuel du matériel prêté et emprunté gratuitement, valorisé pour les contributions volontaires en nature (CSV pour tableur)</source>
        <translation>yearly statement of the equipment lent and borrowed free of charge, valued as in-kind contributions (CSV for a spreadsheet)</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="18"/>
        <source>quotidienne</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="19"/>
        <source>avant une mise à jour</source>
        <translation>before an update</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="20"/>
        <source>avant une synchronisation</source>
        <translation>before a sync</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="21"/>
        <source>remplacée par une restauration</source>
        <translation>replaced by a restore</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="31"/>
        <source>la sauvegarde à remettre en place : son numéro dans la liste, son nom ou un chemin (sans : la liste des sauvegardes)</source>
        <translation>the backup to put back: its number in the list, its name or a path (without: the list of backups)</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="41"/>
        <source>illisible</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="44"/>
        <source>%n contact</source>
        <translation>%n contact</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="44"/>
        <source>%n contacts</source>
        <translation>%n contacts</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="45"/>
        <location filename="../../app/cli/demo.py" line="142"/>
        <source>%n matériel</source>
        <translation>%n item of equipment</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="45"/>
        <location filename="../../app/cli/demo.py" line="142"/>
        <source>%n matériels</source>
        <translation>%n items of equipment</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="46"/>
        <location filename="../../app/cli/demo.py" line="163"/>
        <source>%n pratique</source>
        <translation>%n practice</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="46"/>
        <location filename="../../app/cli/demo.py" line="163"/>
        <source>%n pratiques</source>
        <translation>%n practices</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="48"/>
        <source>%n convention</source>
        <translation>%n agreement</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="48"/>
        <source>%n conventions</source>
        <translation>%n agreements</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="63"/>
        <source>Aucune sauvegarde dans {0}.</source>
        <translation>No backup in {0}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="74"/>
        <source>sauvegarde introuvable : « {0} » (entraide restore-backup sans argument les liste).</source>
        <translation>backup not found: “{0}” (entraide restore-backup without an argument lists them).</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="80"/>
        <source>la fenêtre d&apos;Entraide est ouverte sur ce dossier : fermez-la d&apos;abord, ou restaurez depuis Fichier ▸ Restaurer une sauvegarde….</source>
        <translation>Entraide&apos;s window is open on this folder: close it first, or restore from File ▸ Restore a backup….</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="88"/>
        <source>Sauvegarde {0} remise en place dans {1} ; l&apos;ancien fichier est gardé dans {2}.</source>
        <translation>Backup {0} put back in {1}; the former file is kept in {2}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="90"/>
        <source>Sauvegarde {0} remise en place dans {1}.</source>
        <translation>Backup {0} put back in {1}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/backups.py" line="98"/>
        <source>lister les sauvegardes, ou en remettre une en place (la base actuelle est gardée à part)</source>
        <translation>list the backups, or put one back (the current store is kept aside)</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="24"/>
        <source>--map « {value} » : écrivez « Colonne=champ », par exemple --map &quot;Tél. portable=téléphone&quot;</source>
        <translation>--map “{value}”: write “Column=field”, for example --map &quot;Mobile=téléphone&quot;</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="27"/>
        <source>champ inconnu « {value} » ; champs possibles : {fields}, ou « ignorer »</source>
        <translation>unknown field “{value}”; possible fields: {fields}, or “ignorer” (ignore)</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts_export.py" line="23"/>
        <source>format de fichier inconnu « {0} » : utilisez un fichier {1}.</source>
        <translation>unknown file format “{0}”: use a {1} file.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="44"/>
        <source>fichier .csv d&apos;un tableur, classeur .xlsx ou .ods, ou .vcf (vCard)</source>
        <translation>a spreadsheet&apos;s .csv file, an .xlsx or .ods workbook, or a .vcf (vCard)</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="49"/>
        <source>vérifier le fichier et afficher le rapport sans rien enregistrer</source>
        <translation>check the file and show the report without saving anything</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="54"/>
        <source>une ligne qui correspond à un contact existant : skip = la laisser de côté (défaut), update = compléter les champs vides du contact (défaut pour un rapport corrigé), new = créer quand même</source>
        <translation>a line matching an existing contact: skip = leave it aside (default), update = fill the contact&apos;s empty fields (default for a corrected report), new = create it anyway</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="63"/>
        <source>FEUILLE</source>
        <translation>SHEET</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="64"/>
        <source>feuille du classeur à lire (nom ou numéro ; défaut : la première)</source>
        <translation>the workbook&apos;s sheet to read (name or number; default: the first)</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="68"/>
        <source>COLONNE=CHAMP</source>
        <translation>COLUMN=FIELD</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="71"/>
        <source>choisir le champ d&apos;une colonne (répétable), ex. --map &quot;Tél. portable=téléphone&quot; ou --map &quot;Colonne X=ignorer&quot;</source>
        <translation>choose a column&apos;s field (repeatable), e.g. --map &quot;Mobile=téléphone&quot; or --map &quot;Column X=ignorer&quot; (the field names are French)</translation>
    </message>
    <message>
        <location filename="../../app/cli/sync.py" line="38"/>
        <location filename="../../app/cli/contacts.py" line="79"/>
        <location filename="../../app/cli/contacts.py" line="84"/>
        <location filename="../../app/cli/needs.py" line="182"/>
        <source>NOM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="80"/>
        <source>appliquer une correspondance de colonnes enregistrée</source>
        <translation>apply a saved column mapping</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="85"/>
        <source>enregistrer la correspondance utilisée sous ce nom</source>
        <translation>save the mapping used under this name</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="90"/>
        <source>ne pas écrire le rapport détaillé (FICHIER-rapport.csv)</source>
        <translation>do not write the detailed report (FILE-rapport.csv)</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="100"/>
        <location filename="../../app/cli/contacts.py" line="140"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="102"/>
        <source>correspondance « {0} » inconnue (enregistrées : {1})</source>
        <translation>unknown mapping “{0}” (saved: {1})</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="130"/>
        <source>--map : aucune colonne « {0} » dans « {1} » (colonnes lues : {2})</source>
        <translation>--map: no column “{0}” in “{1}” (columns read: {2})</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="142"/>
        <source>aucune colonne reconnue dans « {0} » (colonnes lues : {1}) ; attendu par exemple {2} ; choisissez les colonnes avec --map &quot;Colonne=champ&quot;.</source>
        <translation>no known column in “{0}” (columns read: {1}); expected for example {2}; choose the columns with --map &quot;Column=field&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="155"/>
        <source>et %n autre</source>
        <translation>and %n other</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="155"/>
        <source>et %n autres</source>
        <translation>and %n others</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="159"/>
        <source>colonnes ignorées : {0}</source>
        <translation>columns ignored: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="163"/>
        <source>feuille lue : {0} (autres : {1} ; --sheet pour en choisir une)</source>
        <translation>sheet read: {0} (others: {1}; --sheet to choose one)</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="174"/>
        <location filename="../../app/cli/practices.py" line="114"/>
        <source>fichier introuvable : {0}</source>
        <translation>file not found: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="213"/>
        <source>détail fiche par fiche : {0}</source>
        <translation>details card by card: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="216"/>
        <source>détail ligne par ligne (à corriger puis réimporter) : {0}</source>
        <translation>details line by line (to correct, then import again): {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="222"/>
        <source>correspondance des colonnes enregistrée sous « {0} »</source>
        <translation>column mapping saved as “{0}”</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="227"/>
        <source>aucun contact importé : corrigez les lignes signalées puis relancez l&apos;import.</source>
        <translation>no contact imported: correct the lines reported, then import again.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="229"/>
        <source>aucun contact importé : le fichier ne contient aucune ligne de contact.</source>
        <translation>no contact imported: the file holds no contact line.</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts_export.py" line="33"/>
        <source>fichier à écrire : .csv (tableur, « ; », UTF-8) ou .vcf (vCard 4.0)</source>
        <translation>file to write: .csv (spreadsheet, “;”, UTF-8) or .vcf (vCard 4.0)</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts_export.py" line="58"/>
        <source>%n contact exporté vers {0}</source>
        <translation>%n contact exported to {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts_export.py" line="59"/>
        <source>%n contacts exportés vers {0}</source>
        <translation>%n contacts exported to {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts.py" line="237"/>
        <source>importer des contacts depuis un fichier CSV, un classeur (.xlsx, .ods) ou une vCard ; chaque ligne à revoir est signalée avec son numéro, les autres sont importées ensemble ; réimporter le même fichier n&apos;ajoute aucun doublon</source>
        <translation>import contacts from a CSV file, a workbook (.xlsx, .ods) or a vCard; each line to check is reported with its number, the others are imported together; importing the same file again adds no duplicate</translation>
    </message>
    <message>
        <location filename="../../app/cli/contacts_export.py" line="68"/>
        <source>exporter les contacts vers un fichier CSV (tableur) ou vCard</source>
        <translation>export the contacts to a CSV (spreadsheet) or vCard file</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="36"/>
        <source>Données de démonstration : {0} %</source>
        <translation>Demo data: {0}%</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="52"/>
        <source>nombre de contacts à créer (personnes et organisations)</source>
        <translation>number of contacts to create (people and organisations)</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="58"/>
        <source>GRAINE</source>
        <translation>SEED</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="59"/>
        <source>graine du tirage : la même graine donne les mêmes données (par défaut {0})</source>
        <translation>the draw&apos;s seed: the same seed gives the same data (default {0})</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="67"/>
        <source>nombre de matériels partagés à créer, avec leurs réservations et leurs prêts (par défaut selon --size, de 40 à 300 ; 0 pour aucun)</source>
        <translation>number of shared items of equipment to create, with their reservations and loans (default from --size, 40 to 300; 0 for none)</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="77"/>
        <source>nombre de pratiques à créer dans la bibliothèque, avec leurs versions et les retours du réseau (par défaut selon --size, de 250 à 500 ; 0 pour aucune)</source>
        <translation>number of practices to create in the library, with their versions and the network&apos;s feedback (default from --size, 250 to 500; 0 for none)</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="88"/>
        <source>--size doit être un nombre de contacts supérieur à zéro (reçu : {0}).</source>
        <translation>--size must be a number of contacts above zero (got: {0}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="94"/>
        <source>--{0} ne peut pas être négatif (reçu : {1}).</source>
        <translation>--{0} cannot be negative (got: {1}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="116"/>
        <source>%n contact créé en {0} s ({1}) dans {2}</source>
        <translation>%n contact created in {0} s ({1}) in {2}</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="117"/>
        <source>%n contacts créés en {0} s ({1}) dans {2}</source>
        <translation>%n contacts created in {0} s ({1}) in {2}</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="124"/>
        <location filename="../../app/cli/import_report.py" line="63"/>
        <source>%n organisation</source>
        <translation>%n organisation</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="125"/>
        <location filename="../../app/cli/import_report.py" line="63"/>
        <source>%n organisations</source>
        <translation>%n organisations</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="127"/>
        <location filename="../../app/cli/import_report.py" line="61"/>
        <source>%n personne</source>
        <translation>%n person</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="127"/>
        <location filename="../../app/cli/import_report.py" line="61"/>
        <source>%n personnes</source>
        <translation>%n people</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="128"/>
        <source>%n rôle</source>
        <translation>%n role</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="128"/>
        <source>%n rôles</source>
        <translation>%n roles</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="131"/>
        <source>%n consentement</source>
        <translation>%n consent</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="132"/>
        <source>%n consentements</source>
        <translation>%n consents</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="146"/>
        <source>%n réservation</source>
        <translation>%n reservation</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="147"/>
        <source>%n réservations</source>
        <translation>%n reservations</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="149"/>
        <location filename="../../app/cli/demo.py" line="170"/>
        <source> et </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="154"/>
        <source>, avec %n association partenaire du réseau</source>
        <translation>, with %n partner association of the network</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="155"/>
        <source>, avec %n associations partenaires du réseau</source>
        <translation>, with %n partner associations of the network</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="167"/>
        <source>%n version publiée</source>
        <translation>%n published version</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="168"/>
        <source>%n versions publiées</source>
        <translation>%n published versions</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="173"/>
        <source>%n retour du réseau (utile, commentaires, adoptions)</source>
        <translation>%n piece of feedback from the network (useful, comments, adoptions)</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="174"/>
        <source>%n retours du réseau (utile, commentaires, adoptions)</source>
        <translation>%n pieces of feedback from the network (useful, comments, adoptions)</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="181"/>
        <source>%n convention de partenariat (brouillon, envoyée, signées, terminée, avenant)</source>
        <translation>%n partnership agreement (draft, sent, signed, ended, amendment)</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="184"/>
        <source>%n conventions de partenariat (brouillon, envoyée, signées, terminée, avenant)</source>
        <translation>%n partnership agreements (draft, sent, signed, ended, amendment)</translation>
    </message>
    <message>
        <location filename="../../app/cli/demo.py" line="194"/>
        <source>remplit la base avec des données de démonstration (associations, personnes, rôles, matériel et prêts, pratiques…)</source>
        <translation>fills the store with demo data (associations, people, roles, equipment and loans, practices…)</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="42"/>
        <source>PRATIQUE</source>
        <translation>PRACTICE</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="27"/>
        <source>pratique introuvable : « {0} ». Copiez l&apos;identifiant depuis la section Pratiques ou d&apos;une fiche déjà imprimée (l&apos;identifiant complet, ou au moins 8 caractères de son début ou de sa fin, qui ne désignent qu&apos;une pratique).</source>
        <translation>practice not found: “{0}”. Copy the id from the Practices section or from a printed sheet (the complete id, or at least 8 characters of its start or end that point to one practice only).</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="43"/>
        <source>identifiant de la pratique (complet, ou au moins 8 caractères de son début ou de sa fin)</source>
        <translation>practice id (complete, or at least 8 characters of its start or end)</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="50"/>
        <source>fichier à écrire : .pdf pour la fiche à imprimer, .md pour le texte en Markdown (réimportable)</source>
        <translation>file to write: .pdf for the sheet to print, .md for the Markdown text (can be imported again)</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="84"/>
        <source>Fiche pratique PDF de « {0} » écrite dans {1}</source>
        <translation>PDF practice sheet of “{0}” written to {1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="86"/>
        <source>Texte Markdown de « {0} » écrit dans {1}</source>
        <translation>Markdown text of “{0}” written to {1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="88"/>
        <source>Pratique sans titre</source>
        <translation>Untitled practice</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="99"/>
        <source>fichier Markdown (.md) : « # Titre », un résumé, puis les sections ## Contexte, ## Méthode, ## Résultats, ## Enseignements</source>
        <translation>Markdown file (.md): “# Title”, a summary, then the sections ## Contexte, ## Méthode, ## Résultats, ## Enseignements</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="116"/>
        <source>« {0} » est un dossier : donnez un fichier .md.</source>
        <translation>“{0}” is a folder: give a .md file.</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="120"/>
        <source>le fichier à importer doit être du Markdown (.md) (reçu : « {0} »).</source>
        <translation>the file to import must be Markdown (.md) (got: “{0}”).</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="131"/>
        <source>« {0} » n&apos;a pas été importé : {1}</source>
        <translation>“{0}” was not imported: {1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="137"/>
        <source>Brouillon « {0} » créé (à relire puis publier depuis la section Pratiques).</source>
        <translation>Draft “{0}” created (to review, then publish from the Practices section).</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="147"/>
        <source>exporter une pratique : fiche PDF à imprimer (.pdf) ou texte Markdown (.md)</source>
        <translation>export a practice: PDF sheet to print (.pdf) or Markdown text (.md)</translation>
    </message>
    <message>
        <location filename="../../app/cli/practices.py" line="154"/>
        <source>importer un fichier Markdown comme nouveau brouillon de pratique (affiche son identifiant)</source>
        <translation>import a Markdown file as a new practice draft (prints its id)</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="67"/>
        <source>Aucun besoin à afficher.</source>
        <translation>No need to show.</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="68"/>
        <source>Besoin publié : « {0} » (identifiant {1}).</source>
        <translation>Need published: “{0}” (id {1}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="69"/>
        <source>lister les besoins (en cours par défaut)</source>
        <translation>list the needs (open ones by default)</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="70"/>
        <source>publier un besoin</source>
        <translation>publish a need</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="71"/>
        <source>clore un besoin</source>
        <translation>close a need</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="72"/>
        <source>« {0} » n&apos;est pas un besoin.</source>
        <translation>“{0}” is not a need.</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="76"/>
        <source>Aucune proposition à afficher.</source>
        <translation>No offer to show.</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="77"/>
        <source>Proposition publiée : « {0} » (identifiant {1}).</source>
        <translation>Offer published: “{0}” (id {1}).</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="78"/>
        <source>lister les propositions (en cours par défaut)</source>
        <translation>list the offers (open ones by default)</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="79"/>
        <source>publier une proposition</source>
        <translation>publish an offer</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="80"/>
        <source>clore une proposition</source>
        <translation>close an offer</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="81"/>
        <source>« {0} » n&apos;est pas une proposition.</source>
        <translation>“{0}” is not an offer.</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="94"/>
        <source>date invalide : « {0} » (JJ/MM/AAAA ou AAAA-MM-JJ, par exemple 14/03/2027)</source>
        <translation>invalid date: “{0}” (YYYY-MM-DD or DD/MM/YYYY, for example 2027-03-14)</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="105"/>
        <source>quantité invalide : « {0} » (un nombre entier)</source>
        <translation>invalid quantity: “{0}” (a whole number)</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="122"/>
        <source>aussi ceux qui sont pourvus, expirés ou retirés</source>
        <translation>also those met, expired or withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="125"/>
        <source>seulement ceux de notre association</source>
        <translation>only our association&apos;s</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="128"/>
        <source>seulement ceux des autres associations</source>
        <translation>only other associations&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="131"/>
        <source>seulement ce type</source>
        <translation>only this type</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="137"/>
        <source>TITRE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="138"/>
        <source>ce qu&apos;il faut, en une ligne</source>
        <translation>what is needed, in one line</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="145"/>
        <source>type (par défaut : other)</source>
        <translation>type (default: other)</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="150"/>
        <source>TEXTE</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="151"/>
        <source>les détails</source>
        <translation>the details</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="157"/>
        <source>LIEU</source>
        <translation>PLACE</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="158"/>
        <source>commune : nom ou code postal (Lyon 7e, 69007)</source>
        <translation>town: name or postcode (Lyon 7e, 69007)</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="161"/>
        <source>possible à distance (sans lieu)</source>
        <translation>possible remotely (no place)</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="167"/>
        <source>le jour (JJ/MM/AAAA), ou le premier jour avec --until</source>
        <translation>the day (YYYY-MM-DD), or the first day with --until</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="169"/>
        <source>le dernier jour</source>
        <translation>the last day</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="173"/>
        <source>QUAND</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="174"/>
        <source>régulier : « le week-end », …</source>
        <translation>recurring: “at weekends”, …</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="177"/>
        <source>combien (personnes, objets…)</source>
        <translation>how many (people, items…)</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="183"/>
        <source>la personne à contacter</source>
        <translation>the person to contact</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="185"/>
        <source>TÉLÉPHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="191"/>
        <source>date d&apos;expiration (par défaut : la fin, ou 3 mois)</source>
        <translation>expiry date (default: the end, or 3 months)</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="196"/>
        <source>NOMS</source>
        <translation>NAMES</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="197"/>
        <source>le montrer seulement à ces associations du réseau (noms séparés par des virgules)</source>
        <translation>show it only to these associations of the network (names separated by commas)</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="205"/>
        <source>identifiant (complet, ou au moins ses 8 derniers caractères)</source>
        <translation>id (complete, or at least its last 8 characters)</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="209"/>
        <source>il a trouvé réponse (par défaut)</source>
        <translation>it was met (default)</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="212"/>
        <source>il est retiré sans suite</source>
        <translation>it is withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="222"/>
        <source>précisez une action : entraide {0} list | add | close.</source>
        <translation>say which action: entraide {0} list | add | close.</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="239"/>
        <source>sans date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="241"/>
        <source>du {0} au {1}</source>
        <translation>from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="242"/>
        <source>le {0}</source>
        <translation>on {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="259"/>
        <source>à distance</source>
        <translation>remote</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="260"/>
        <source>nous</source>
        <translation>us</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="271"/>
        <source>association inconnue du réseau : « {0} ». Les noms viennent de la liste du hub (synchronisez d&apos;abord).</source>
        <translation>association unknown to the network: “{0}”. The names come from the hub&apos;s list (sync first).</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="324"/>
        <source>introuvable : « {0} ». Copiez l&apos;identifiant affiché par entraide {1} list.</source>
        <translation>not found: “{0}”. Copy the id shown by entraide {1} list.</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="338"/>
        <source>« {0} » : {1}.</source>
        <translation>“{0}”: {1}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="348"/>
        <source>Nouvelles correspondances pour nos besoins et propositions :</source>
        <translation>New matches for our needs and offers:</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="351"/>
        <source>score {0}</source>
        <translation>score {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="352"/>
        <source>« {0} » ← {1}</source>
        <translation>“{0}” ← {1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="356"/>
        <source>Réponses qui attendent notre décision : {0}</source>
        <translation>Responses waiting for our decision: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="359"/>
        <source>{0} pour « {1} » ({2})</source>
        <translation>{0} for “{1}” ({2})</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="366"/>
        <source>nos besoins et ceux du réseau : list, add, close</source>
        <translation>our needs and the network&apos;s: list, add, close</translation>
    </message>
    <message>
        <location filename="../../app/cli/needs.py" line="371"/>
        <source>nos propositions et celles du réseau : list, add, close</source>
        <translation>our offers and the network&apos;s: list, add, close</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="20"/>
        <source>ligne {0} : {1}</source>
        <translation>line {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="26"/>
        <source>%n ligne : {0} — lignes {1}</source>
        <translation>%n line: {0} — lines {1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="27"/>
        <source>%n lignes : {0} — lignes {1}</source>
        <translation>%n lines: {0} — lines {1}</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="42"/>
        <source>… et %n autre remarque : voir le rapport.</source>
        <translation>… and %n other remark: see the report.</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="43"/>
        <source>… et %n autres remarques : voir le rapport.</source>
        <translation>… and %n other remarks: see the report.</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="53"/>
        <source>%n contact créé</source>
        <translation>%n contact created</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="53"/>
        <source>%n contacts créés</source>
        <translation>%n contacts created</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="58"/>
        <source>%n contact serait créé</source>
        <translation>%n contact would be created</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="59"/>
        <source>%n contacts seraient créés</source>
        <translation>%n contacts would be created</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="68"/>
        <source>%n complété</source>
        <translation>%n completed</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="68"/>
        <source>%n complétés</source>
        <translation>%n completed</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="72"/>
        <source>%n déjà présent dont {0}</source>
        <translation>%n already there, of which {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="73"/>
        <source>%n déjà présents dont {0}</source>
        <translation>%n already there, of which {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="79"/>
        <source>%n déjà présent laissé de côté</source>
        <translation>%n already there left aside</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="80"/>
        <source>%n déjà présents laissés de côté</source>
        <translation>%n already there left aside</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="83"/>
        <source>(dont {0} que « --on-match update » compléterait)</source>
        <translation>({0} of which “--on-match update” would complete)</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="91"/>
        <source>%n ligne en double</source>
        <translation>%n duplicate line</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="92"/>
        <source>%n lignes en double</source>
        <translation>%n duplicate lines</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="96"/>
        <source>%n ligne refusée</source>
        <translation>%n line refused</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="96"/>
        <source>%n lignes refusées</source>
        <translation>%n lines refused</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="99"/>
        <source>Essai : rien n&apos;a été enregistré.</source>
        <translation>Trial run: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../app/cli/import_report.py" line="119"/>
        <location filename="../../app/cli/import_report.py" line="122"/>
        <source>import : {0} %</source>
        <translation>import: {0}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/selftest.py" line="58"/>
        <source>traductions de Qt absentes : les boutons standard seraient en anglais</source>
        <translation>Qt&apos;s translations missing: the standard buttons would be in English</translation>
    </message>
    <message>
        <location filename="../../app/ui/selftest.py" line="63"/>
        <source>traduction anglaise introuvable ({0})</source>
        <translation>English translation not found ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/selftest.py" line="65"/>
        <source>traduction anglaise incomplète ({0})</source>
        <translation>English translation incomplete ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/selftest.py" line="66"/>
        <source>Qt en français, Entraide en anglais</source>
        <translation>Qt in French, Entraide in English</translation>
    </message>
    <message>
        <location filename="../../app/ui/selftest.py" line="100"/>
        <source>icône de l&apos;application illisible (resources/icons)</source>
        <translation>the application&apos;s icon is unreadable (resources/icons)</translation>
    </message>
    <message>
        <location filename="../../app/ui/selftest.py" line="113"/>
        <source>base illisible : {0}</source>
        <translation>unreadable store: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/selftest.py" line="129"/>
        <source>la fenêtre n&apos;était pas prête après {0} s</source>
        <translation>the window was not ready after {0} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/selftest.py" line="133"/>
        <source>la capture de la fenêtre est vide</source>
        <translation>the window&apos;s capture is empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/selftest.py" line="135"/>
        <source>la fenêtre est dessinée d&apos;une seule couleur</source>
        <translation>the window is drawn in a single colour</translation>
    </message>
    <message>
        <location filename="../../app/ui/selftest.py" line="136"/>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} pixels</translation>
    </message>
    <message>
        <location filename="../../app/ui/selftest.py" line="147"/>
        <source>traductions chargées</source>
        <translation>translations loaded</translation>
    </message>
    <message>
        <location filename="../../app/ui/selftest.py" line="148"/>
        <source>fenêtre principale dessinée</source>
        <translation>main window drawn</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="54"/>
        <source>la base n&apos;a pas été ouverte</source>
        <translation>the store was not opened</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="84"/>
        <source>aucune migration dans l&apos;installation</source>
        <translation>no migration in the installation</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="108"/>
        <source>la base n&apos;est pas à la dernière version du schéma ({0})</source>
        <translation>the store is not at the schema&apos;s latest version ({0})</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="111"/>
        <source>schéma {0}</source>
        <translation>schema {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="114"/>
        <source>aucune sauvegarde faite avant la mise à jour du schéma</source>
        <translation>no backup made before the schema&apos;s update</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="119"/>
        <source>la sauvegarde n&apos;est pas celle de la base avant la mise à jour ({0})</source>
        <translation>the backup is not the store as it was before the update ({0})</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="123"/>
        <source>schéma {0} → {1}, sauvegarde faite avant</source>
        <translation>schema {0} → {1}, backup made before</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="173"/>
        <source>{0} n&apos;est pas un PDF</source>
        <translation>{0} is not a PDF</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="176"/>
        <source>{0} n&apos;a aucune page</source>
        <translation>{0} has no page</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="189"/>
        <source>le bon de prêt</source>
        <translation>the loan receipt</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="190"/>
        <source>%n page, police {0}</source>
        <translation>%n page, font {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="190"/>
        <source>%n pages, police {0}</source>
        <translation>%n pages, font {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="235"/>
        <source>la convention</source>
        <translation>the agreement</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="237"/>
        <source>la police DejaVu Sans n&apos;est pas incluse dans la convention</source>
        <translation>the DejaVu Sans font is not embedded in the agreement</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="238"/>
        <source>%n page</source>
        <translation>%n page</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="238"/>
        <source>%n pages</source>
        <translation>%n pages</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="242"/>
        <source>base créée et migrée</source>
        <translation>store created and migrated</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="243"/>
        <source>bon de prêt rendu en PDF</source>
        <translation>loan receipt rendered as PDF</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="244"/>
        <source>convention rendue en PDF</source>
        <translation>agreement rendered as PDF</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="263"/>
        <source>{0} {1} : non vérifié</source>
        <translation>{0} {1}: not checked</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="269"/>
        <source>{0} {1} : {2}</source>
        <translation>{0} {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="272"/>
        <source>{0} {1} : erreur inattendue ({2}) : {3}</source>
        <translation>{0} {1}: unexpected error ({2}): {3}</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="277"/>
        <source>Entraide {0} : une vérification a échoué.</source>
        <translation>Entraide {0}: a check failed.</translation>
    </message>
    <message>
        <location filename="../../app/cli/selftest.py" line="279"/>
        <source>Entraide {0} : tout fonctionne.</source>
        <translation>Entraide {0}: everything works.</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="20"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="21"/>
        <source>matériel</source>
        <translation>equipment</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="22"/>
        <source>pratique</source>
        <translation>practice</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="23"/>
        <source>convention</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="24"/>
        <source>modèle de clause</source>
        <translation>clause template</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="35"/>
        <source>list (la liste, par défaut) ; restore ID… (restaurer) ; delete ID… (supprimer définitivement) ; empty (vider la corbeille, définitivement)</source>
        <translation>list (the default); restore ID…; delete ID… (for good); empty (empty the bin, for good)</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="42"/>
        <source>identifiants montrés par la liste</source>
        <translation>ids shown by the list</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="45"/>
        <source>confirmer une suppression définitive</source>
        <translation>confirm a permanent deletion</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="66"/>
        <source>donnez les identifiants montrés par la liste (entraide trash).</source>
        <translation>give the ids shown by the list (entraide trash).</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="108"/>
        <source>« {0} » n&apos;est pas dans la corbeille (entraide trash la liste).</source>
        <translation>“{0}” is not in the bin (entraide trash lists what it holds).</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="76"/>
        <source>%n élément restauré.</source>
        <translation>%n item restored.</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="76"/>
        <source>%n éléments restaurés.</source>
        <translation>%n items restored.</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="86"/>
        <source>%n élément supprimé définitivement.</source>
        <translation>%n item deleted for good.</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="87"/>
        <source>%n éléments supprimés définitivement.</source>
        <translation>%n items deleted for good.</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="95"/>
        <source>entraide trash empty vide toute la corbeille et ne prend pas d&apos;identifiant ; pour supprimer certains éléments : entraide trash delete ID… --yes</source>
        <translation>entraide trash empty empties the whole bin and takes no id; to delete some items: entraide trash delete ID… --yes</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="100"/>
        <source>entraide trash list ne prend pas d&apos;identifiant.</source>
        <translation>entraide trash list takes no id.</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="105"/>
        <source>« {0} » est trop court : donnez au moins 8 caractères de l&apos;identifiant (entraide trash).</source>
        <translation>“{0}” is too short: give at least 8 characters of the id (entraide trash).</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="117"/>
        <source>La corbeille est vide.</source>
        <translation>The bin is empty.</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="120"/>
        <source>(sans titre)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="130"/>
        <source>La corbeille est déjà vide.</source>
        <translation>The bin is already empty.</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="138"/>
        <source>Corbeille vidée : %n élément supprimé définitivement.</source>
        <translation>Bin emptied: %n item deleted for good.</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="139"/>
        <source>Corbeille vidée : %n éléments supprimés définitivement.</source>
        <translation>Bin emptied: %n items deleted for good.</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="148"/>
        <source>%n élément serait supprimé définitivement : c&apos;est irréversible (à la prochaine synchronisation, il sera effacé aussi du hub et des autres ordinateurs de l&apos;association). Ajoutez --yes pour confirmer.</source>
        <translation>%n item would be deleted for good: this cannot be undone (at the next sync, it will be erased from the hub and from the association&apos;s other computers too). Add --yes to confirm.</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="154"/>
        <source>%n éléments seraient supprimés définitivement : c&apos;est irréversible (à la prochaine synchronisation, ils seront effacés aussi du hub et des autres ordinateurs de l&apos;association). Ajoutez --yes pour confirmer.</source>
        <translation>%n items would be deleted for good: this cannot be undone (at the next sync, they will be erased from the hub and from the association&apos;s other computers too). Add --yes to confirm.</translation>
    </message>
    <message>
        <location filename="../../app/cli/trash.py" line="165"/>
        <source>la corbeille : la lister, restaurer, supprimer définitivement ou vider</source>
        <translation>the bin: list it, restore, delete for good or empty it</translation>
    </message>
</context>
<context>
    <name>entraide</name>
    <message>
        <location filename="../../app/services/contacts/duplicates.py" line="18"/>
        <location filename="../../app/services/contacts/transfer/issues.py" line="158"/>
        <source>même SIRET</source>
        <translation>same SIRET</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/duplicates.py" line="19"/>
        <source>même numéro RNA</source>
        <translation>same RNA number</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/duplicates.py" line="20"/>
        <location filename="../../app/services/contacts/transfer/issues.py" line="160"/>
        <source>même e-mail</source>
        <translation>same email</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/duplicates.py" line="21"/>
        <location filename="../../app/services/contacts/transfer/issues.py" line="161"/>
        <source>même téléphone</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/duplicates.py" line="22"/>
        <location filename="../../app/services/contacts/transfer/issues.py" line="162"/>
        <source>même nom</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/duplicates.py" line="74"/>
        <source>On ne peut pas fusionner une fiche avec elle-même.</source>
        <translation>A record cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/duplicates.py" line="80"/>
        <source>On ne fusionne qu&apos;une personne avec une personne, ou une organisation avec une organisation.</source>
        <translation>Only a person can be merged with a person, or an organisation with an organisation.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/records.py" line="20"/>
        <source>Président·e</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/records.py" line="21"/>
        <source>Trésorier·ère</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/records.py" line="22"/>
        <source>Secrétaire</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/records.py" line="23"/>
        <source>Référent·e matériel</source>
        <translation>Equipment coordinator</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/records.py" line="24"/>
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/records.py" line="25"/>
        <location filename="../../app/services/contacts/fields.py" line="17"/>
        <location filename="../../app/services/needs/records.py" line="34"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/records.py" line="115"/>
        <source>On ne peut pas changer une personne en organisation.</source>
        <translation>A person cannot be turned into an organisation.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/records.py" line="229"/>
        <source>Un rôle se donne à une personne.</source>
        <translation>A role is given to a person.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/records.py" line="231"/>
        <source>Choisissez une organisation.</source>
        <translation>Choose an organisation.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/records.py" line="233"/>
        <source>Rôle inconnu.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/records.py" line="235"/>
        <location filename="../../app/services/contacts/records.py" line="254"/>
        <source>La fin du rôle précède son début.</source>
        <translation>The role ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/records.py" line="291"/>
        <source>Un consentement se rattache à une personne.</source>
        <translation>A consent belongs to a person.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/records.py" line="297"/>
        <source>Précisez la finalité du consentement (ex. lettre d&apos;information).</source>
        <translation>Say what the consent is for (e.g. newsletter).</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="64"/>
        <source>Adresse e-mail invalide : il faut un « @ » et un domaine (ex. nom@exemple.fr).</source>
        <translation>Invalid email address: it needs an ‘@’ and a domain (e.g. name@example.org).</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="100"/>
        <source>Numéro de téléphone invalide (ex. 06 12 34 56 78 ou +32 2 511 12 12).</source>
        <translation>Invalid phone number (e.g. 06 12 34 56 78 or +32 2 511 12 12).</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="107"/>
        <source>Le SIRET compte 14 chiffres (9 du SIREN puis 5 de l&apos;établissement).</source>
        <translation>A SIRET has 14 digits (the 9 of the SIREN, then 5 for the establishment).</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="110"/>
        <source>Ce SIRET n&apos;existe pas : la clé de contrôle ne correspond pas, vérifiez-le.</source>
        <translation>This SIRET does not exist: the check digit does not match, please check it.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="176"/>
        <source>Un numéro RNA s&apos;écrit d&apos;ordinaire W suivi de 9 chiffres (ex. W751234567).</source>
        <translation>An RNA number (French register of associations) is usually W followed by 9 digits (e.g. W751234567).</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="190"/>
        <source>Adresse de site invalide (ex. www.exemple.fr).</source>
        <translation>Invalid website address (e.g. www.example.org).</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/fields.py" line="13"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/fields.py" line="14"/>
        <source>Collectivité</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/fields.py" line="15"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/fields.py" line="16"/>
        <source>Fondation</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/fields.py" line="51"/>
        <source>À vérifier : ce numéro n&apos;a pas pu être lu à l&apos;import ; corrigez-le ou effacez-le.</source>
        <translation>To check: this number could not be read when imported; correct or clear it.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/fields.py" line="64"/>
        <source>Type de contact inconnu.</source>
        <translation>Unknown contact type.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/fields.py" line="71"/>
        <source>Indiquez au moins un nom ou un prénom.</source>
        <translation>Enter at least a surname or a first name.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/fields.py" line="80"/>
        <source>Le nom de l&apos;organisation est obligatoire.</source>
        <translation>The organisation’s name is required.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/fields.py" line="84"/>
        <source>Type d&apos;organisation inconnu.</source>
        <translation>Unknown organisation type.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="49"/>
        <source>Nom affiché</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="50"/>
        <source>Nom (tri)</source>
        <translation>Name (sorting)</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="20"/>
        <location filename="../../app/sync/wording.py" line="51"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="21"/>
        <location filename="../../app/sync/wording.py" line="52"/>
        <location filename="../../app/sync/wording.py" line="69"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="24"/>
        <location filename="../../app/sync/wording.py" line="53"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="25"/>
        <location filename="../../app/sync/wording.py" line="54"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="26"/>
        <location filename="../../app/sync/wording.py" line="55"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="27"/>
        <location filename="../../app/sync/wording.py" line="56"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="28"/>
        <location filename="../../app/sync/wording.py" line="57"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="58"/>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="147"/>
        <location filename="../../app/sync/wording.py" line="59"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="60"/>
        <source>N° RNA</source>
        <translation>RNA no.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="33"/>
        <location filename="../../app/sync/wording.py" line="61"/>
        <source>Type d&apos;organisation</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="62"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="63"/>
        <source>Finalité</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="64"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="65"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="66"/>
        <source>Marge (jours)</source>
        <translation>Margin (days)</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="68"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="19"/>
        <source>Type (personne ou organisation)</source>
        <translation>Kind (person or organisation)</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="22"/>
        <source>Prénom et nom (une colonne)</source>
        <translation>First and last name (one column)</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="23"/>
        <source>Nom et prénom (une colonne)</source>
        <translation>Last and first name (one column)</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="29"/>
        <source>Nom de l&apos;organisation</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="30"/>
        <source>Organisations (d&apos;une personne)</source>
        <translation>Organisations (of a person)</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="31"/>
        <source>Fonction dans l&apos;organisation</source>
        <translation>Function in the organisation</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="32"/>
        <source>Date d&apos;adhésion (début de la fonction)</source>
        <translation>Membership date (start of the function)</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="34"/>
        <source>RNA de l&apos;organisation</source>
        <translation>Organisation&apos;s RNA</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="35"/>
        <source>SIRET de l&apos;organisation</source>
        <translation>Organisation&apos;s SIRET</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="36"/>
        <source>Site web de l&apos;organisation</source>
        <translation>Organisation&apos;s website</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="37"/>
        <source>E-mail de l&apos;organisation</source>
        <translation>Organisation&apos;s e-mail</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="38"/>
        <source>Téléphone de l&apos;organisation</source>
        <translation>Organisation&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/mapping.py" line="39"/>
        <source>Adresse de l&apos;organisation</source>
        <translation>Organisation&apos;s address</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="22"/>
        <source>ni nom ni organisation : la ligne ne peut pas devenir un contact</source>
        <translation>neither a name nor an organisation: the line cannot become a contact</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="26"/>
        <source>{field} trop long ({length} caractères, {limit} au plus)</source>
        <translation>{field} too long ({length} characters, {limit} at most)</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="30"/>
        <source>fonction trop longue ({length} caractères, {limit} au plus) : raccourcie, entière dans les notes</source>
        <translation>function too long ({length} characters, {limit} at most): shortened, kept whole in the notes</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="38"/>
        <source>nom d&apos;organisation trop long ({length} caractères, {limit} au plus) : gardé dans les notes</source>
        <translation>organisation name too long ({length} characters, {limit} at most): kept in the notes</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="45"/>
        <source>en double : ressemble à la ligne {other} du fichier ({criteria})</source>
        <translation>repeated: looks like line {other} of the file ({criteria})</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="49"/>
        <source>déjà présent sous le nom « {name} » ({criteria}) : ligne laissée de côté</source>
        <translation>already there as “{name}” ({criteria}): line left out</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="55"/>
        <source>{field} illisible (il faut un « @ » et un domaine) : non enregistré</source>
        <translation>unreadable {field} (an “@” and a domain are needed): not saved</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="59"/>
        <source>{field} illisible : gardé tel quel et marqué « à vérifier »</source>
        <translation>unreadable {field}: kept as written and marked “to check”</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="63"/>
        <source>SIRET invalide (il compte 14 chiffres) : non enregistré</source>
        <translation>invalid SIRET (it has 14 digits): not saved</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="67"/>
        <source>SIRET inexistant (la clé de contrôle ne correspond pas) : non enregistré</source>
        <translation>SIRET does not exist (the check digit does not match): not saved</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="73"/>
        <source>RNA invalide (W suivi de 9 chiffres) : non enregistré</source>
        <translation>invalid RNA (W followed by 9 digits): not saved</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="77"/>
        <source>adresse de site illisible : non enregistrée</source>
        <translation>unreadable website address: not saved</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="81"/>
        <source>date illisible (ex. 15/09/2024) : non enregistrée</source>
        <translation>unreadable date (e.g. 15/09/2024): not saved</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="85"/>
        <source>type inconnu (personne ou organisation) : déduit des noms</source>
        <translation>unknown kind (person or organisation): taken from the names</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="89"/>
        <source>type d&apos;organisation inconnu : « association » retenu</source>
        <translation>unknown organisation kind: “association” used</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="93"/>
        <source>{field} différent de celui déjà connu pour « {name} » ({known}) : fiche inchangée</source>
        <translation>{field} differs from the one known for “{name}” ({known}): record unchanged</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="99"/>
        <source>{field} d&apos;organisation sans nom d&apos;organisation : non enregistré</source>
        <translation>organisation {field} without an organisation name: not saved</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="103"/>
        <source>{field} en plus : gardés dans les notes</source>
        <translation>additional {field}: kept in the notes</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="107"/>
        <source>cellules au-delà de la dernière colonne (un séparateur dans une cellule ?) : non importées</source>
        <translation>cells past the last column (a separator inside a cell?): not imported</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="114"/>
        <source>fiche vCard incomplète (pas de END:VCARD) : importée telle quelle</source>
        <translation>incomplete vCard (no END:VCARD): imported as it is</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="116"/>
        <source>ligne vCard illisible : ignorée</source>
        <translation>unreadable vCard line: ignored</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="119"/>
        <source>fiche de groupe (KIND:group) : seules les personnes et organisations</source>
        <translation>group card (KIND:group): only people and organisations are imported</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="125"/>
        <source>{field} trop long</source>
        <translation>{field} too long</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="126"/>
        <source>fonction trop longue : raccourcie, entière dans les notes</source>
        <translation>function too long: shortened, kept whole in the notes</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="129"/>
        <source>nom d&apos;organisation trop long : gardé dans les notes</source>
        <translation>organisation name too long: kept in the notes</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="130"/>
        <source>en double dans le fichier : laissées de côté</source>
        <translation>repeated in the file: left out</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="131"/>
        <source>déjà présentes sous un autre nom (même e-mail, téléphone…) : laissées de côté</source>
        <translation>already there under another name (same e-mail, phone…): left out</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="134"/>
        <source>{field} différent de celui déjà connu de l&apos;organisation : fiche inchangée</source>
        <translation>{field} differs from the organisation&apos;s known one: record unchanged</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="141"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="142"/>
        <source>e-mail de l&apos;organisation</source>
        <translation>organisation&apos;s e-mail</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="143"/>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="144"/>
        <source>téléphone de l&apos;organisation</source>
        <translation>organisation&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="145"/>
        <source>e-mails</source>
        <translation>e-mails</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="146"/>
        <source>téléphones</source>
        <translation>phones</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="148"/>
        <source>RNA</source>
        <translation>RNA no.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="149"/>
        <source>site</source>
        <translation>website</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="150"/>
        <source>adresse</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="151"/>
        <source>prénom</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="152"/>
        <source>nom</source>
        <translation>last name</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="153"/>
        <source>nom de l&apos;organisation</source>
        <translation>organisation name</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="154"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="155"/>
        <source>fonction</source>
        <translation>function</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/issues.py" line="159"/>
        <source>même RNA</source>
        <translation>same RNA</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment/undo.py" line="33"/>
        <source>Impossible de rétablir la réservation : ces dates ont été reprises entre-temps.</source>
        <translation>The booking cannot be restored: these dates have been taken in the meantime.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/records.py" line="27"/>
        <source>Neuf</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/records.py" line="28"/>
        <source>Très bon état</source>
        <translation>Very good</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/records.py" line="29"/>
        <source>Bon état</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/records.py" line="30"/>
        <source>Usé</source>
        <translation>Worn</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/records.py" line="31"/>
        <source>Abîmé</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../app/services/money.py" line="20"/>
        <source>Montant en euros attendu, par exemple 120 ou 45,50.</source>
        <translation>An amount in euros is expected, for example 120 or 45.50.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/records.py" line="66"/>
        <source>Donnez un nom au matériel.</source>
        <translation>Give the equipment a name.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/records.py" line="78"/>
        <location filename="../../app/services/equipment/loans.py" line="190"/>
        <location filename="../../app/services/equipment/loans.py" line="256"/>
        <source>État inconnu.</source>
        <translation>Unknown condition.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/records.py" line="83"/>
        <source>Photo trop lourde : choisissez une image plus petite.</source>
        <translation>Photo too large: choose a smaller image.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/records.py" line="89"/>
        <source>Une période de maintenance a une date de début et une date de fin.</source>
        <translation>A maintenance period has a start date and an end date.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/records.py" line="93"/>
        <source>La fin de la maintenance précède son début.</source>
        <translation>The end of the maintenance is before its start.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/records.py" line="99"/>
        <source>Ce matériel appartient à une autre association : seule elle peut le modifier.</source>
        <translation>This equipment belongs to another association: only it can change it.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/statuses.py" line="21"/>
        <source>Provisoire (pas encore confirmée par le hub)</source>
        <translation>Provisional (not confirmed by the hub yet)</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/statuses.py" line="22"/>
        <source>Confirmée, en attente de la réponse du prêteur</source>
        <translation>Confirmed, waiting for the lender&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/statuses.py" line="23"/>
        <source>Refusée : dates déjà prises</source>
        <translation>Refused: dates already taken</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/statuses.py" line="24"/>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/statuses.py" line="25"/>
        <source>Acceptée</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/statuses.py" line="26"/>
        <source>Réservée pour nous</source>
        <translation>Booked for ourselves</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/statuses.py" line="27"/>
        <source>Déclinée par le prêteur</source>
        <translation>Declined by the lender</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/statuses.py" line="28"/>
        <source>En prêt</source>
        <translation>On loan</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/statuses.py" line="29"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/statuses.py" line="30"/>
        <source>Rendu</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/statuses.py" line="34"/>
        <source>Demande provisoire (pas encore confirmée par le hub)</source>
        <translation>Provisional request (not confirmed by the hub yet)</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/statuses.py" line="35"/>
        <source>Demande confirmée par le hub, à nous de répondre</source>
        <translation>Request confirmed by the hub, ours to answer</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/statuses.py" line="36"/>
        <source>Déclinée par nous</source>
        <translation>Declined by us</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="54"/>
        <source>Choisissez une date de début et une date de fin.</source>
        <translation>Choose a start date and an end date.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="268"/>
        <location filename="../../app/services/needs/records.py" line="141"/>
        <location filename="../../app/services/needs/responses.py" line="115"/>
        <location filename="../../app/services/equipment/loans.py" line="58"/>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="60"/>
        <source>La marge va de 0 à 60 jours.</source>
        <translation>The margin goes from 0 to 60 days.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="62"/>
        <source>Ce matériel est hors service.</source>
        <translation>This equipment is out of service.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="75"/>
        <source>En maintenance du {0} au {1}.</source>
        <translation>Under maintenance from {0} to {1}.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/availability.py" line="101"/>
        <source>En retard chez {0} depuis le {1}.</source>
        <translation>Overdue with {0} since {1}.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/availability.py" line="102"/>
        <source>En retard depuis le {0}.</source>
        <translation>Overdue since {0}.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/availability.py" line="103"/>
        <source>En prêt chez {0} jusqu&apos;au {1}.</source>
        <translation>On loan to {0} until {1}.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/availability.py" line="104"/>
        <source>En prêt jusqu&apos;au {0}.</source>
        <translation>On loan until {0}.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/availability.py" line="105"/>
        <source>Déjà réservé du {0} au {1}.</source>
        <translation>Already booked from {0} to {1}.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="105"/>
        <source>Seule l&apos;association qui a réservé peut annuler la réservation.</source>
        <translation>Only the association that made the booking can cancel it.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="113"/>
        <source>Le matériel est sorti : son retour doit être enregistré, pas une annulation.</source>
        <translation>The equipment has gone out: its return must be recorded, not a cancellation.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="131"/>
        <location filename="../../app/sync/wording.py" line="227"/>
        <source>Seule l&apos;association propriétaire du matériel répond à une réservation.</source>
        <translation>Only the association that owns the equipment answers a booking.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="137"/>
        <source>Cette réservation a été annulée.</source>
        <translation>This reservation was cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="140"/>
        <source>Le matériel est déjà sorti.</source>
        <translation>The equipment has already been checked out.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="145"/>
        <source>Cette réservation a été déclinée : l&apos;emprunteur doit en faire une nouvelle.</source>
        <translation>This reservation was declined: the borrower must make a new one.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="186"/>
        <location filename="../../app/services/equipment/loans.py" line="226"/>
        <source>Acceptez d&apos;abord la réservation.</source>
        <translation>Accept the booking first.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="188"/>
        <source>Ce matériel est déjà rendu.</source>
        <translation>This equipment has already been returned.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="192"/>
        <source>Mode de versement inconnu.</source>
        <translation>Unknown payment method.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="194"/>
        <source>Indiquez le numéro du chèque de caution.</source>
        <translation>Give the number of the deposit cheque.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="196"/>
        <source>La caution ne peut pas être négative.</source>
        <translation>The deposit cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="252"/>
        <source>Ce matériel n&apos;est jamais sorti.</source>
        <translation>This equipment was never checked out.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="254"/>
        <source>Le retour précède la sortie.</source>
        <translation>The return is before the check-out.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="259"/>
        <source>Sort de la caution inconnu.</source>
        <translation>Unknown deposit outcome.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="265"/>
        <source>Le montant retenu doit être supérieur à zéro et inférieur à la caution.</source>
        <translation>The amount kept must be more than zero and less than the deposit.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="269"/>
        <source>Expliquez pourquoi la caution est retenue.</source>
        <translation>Explain why the deposit is kept.</translation>
    </message>
    <message>
        <location filename="../../app/services/equipment/loans.py" line="327"/>
        <source>Seule l&apos;association propriétaire du matériel enregistre la sortie et le retour.</source>
        <translation>Only the association that owns the equipment records the check-out and the return.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/versions.py" line="28"/>
        <location filename="../../app/sync/wording.py" line="76"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/versions.py" line="29"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/versions.py" line="30"/>
        <source>Contexte</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/versions.py" line="31"/>
        <source>Méthode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/versions.py" line="32"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/versions.py" line="33"/>
        <source>Indicateurs</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/versions.py" line="34"/>
        <source>Enseignements</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/versions.py" line="35"/>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/versions.py" line="36"/>
        <source>Mots-clés</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/versions.py" line="37"/>
        <source>Personne à contacter</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/versions.py" line="38"/>
        <source>E-mail de contact</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/versions.py" line="163"/>
        <source>Ces deux versions ne sont pas celles d&apos;une même pratique.</source>
        <translation>These two versions do not belong to the same practice.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/records.py" line="40"/>
        <source>Cette pratique appartient à une autre association : seule elle peut la modifier.</source>
        <translation>This practice belongs to another association: only it can change it.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/records.py" line="82"/>
        <source>Indiquez un nombre, par exemple 12 ou 12,5.</source>
        <translation>Enter a number, for example 12 or 12.5.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/records.py" line="119"/>
        <source>Donnez un nom à cet indicateur (ex. « Bénévoles actifs »).</source>
        <translation>Give this indicator a name (e.g. “Active volunteers”).</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/records.py" line="125"/>
        <source>Au plus {0} indicateurs.</source>
        <translation>At most {0} indicators.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/records.py" line="147"/>
        <source>Au plus {0} thèmes.</source>
        <translation>At most {0} themes.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/records.py" line="150"/>
        <source>Au plus {0} mots-clés.</source>
        <translation>At most {0} keywords.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/records.py" line="154"/>
        <source>Donnez un titre à la pratique avant de la publier.</source>
        <translation>Give the practice a title before publishing it.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/records.py" line="155"/>
        <source>Écrivez un court résumé avant de publier.</source>
        <translation>Write a short summary before publishing.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/records.py" line="156"/>
        <source>Décrivez la méthode avant de publier.</source>
        <translation>Describe the method before publishing.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/records.py" line="230"/>
        <source>Cette pratique est publiée : enregistrez vos modifications comme une nouvelle version.</source>
        <translation>This practice is published: save your changes as a new version.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/records.py" line="266"/>
        <source>Cette pratique est déjà publiée.</source>
        <translation>This practice is already published.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/records.py" line="282"/>
        <source>Ce brouillon n&apos;est pas encore publié : publiez-le d&apos;abord.</source>
        <translation>This draft is not published yet: publish it first.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/markdown.py" line="176"/>
        <source>Impossible de lire le fichier : {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/markdown.py" line="180"/>
        <source>Fichier trop gros pour une fiche (1 Mo au plus).</source>
        <translation>File too large for a practice sheet (1 MB at most).</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/markdown.py" line="194"/>
        <source>Ce fichier ne contient pas de fiche : il faut au moins un titre (« # Titre »).</source>
        <translation>This file holds no practice sheet: it needs at least a title (“# Title”).</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="29"/>
        <location filename="../../app/sync/wording.py" line="67"/>
        <source>Matériel</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="30"/>
        <source>Bénévoles et compétences</source>
        <translation>Volunteers and skills</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="31"/>
        <source>Savoir-faire et mentorat</source>
        <translation>Know-how and mentoring</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="32"/>
        <source>Local ou salle</source>
        <translation>Premises or room</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="33"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="37"/>
        <source>Ouvert</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="38"/>
        <location filename="../../app/services/practices/feedback.py" line="36"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="39"/>
        <source>Pourvu</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="40"/>
        <source>Expiré</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="41"/>
        <source>Retiré</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="44"/>
        <source>Besoin</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="45"/>
        <source>Proposition</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="48"/>
        <source>À une date</source>
        <translation>On a date</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="49"/>
        <source>Régulier</source>
        <translation>Recurring</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="50"/>
        <source>Sans date</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="80"/>
        <location filename="../../app/services/validation.py" line="24"/>
        <source>Trop long : {0} caractères pour {1} au plus.</source>
        <translation>Too long: {0} characters for {1} at most.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="86"/>
        <location filename="../../app/services/needs/records.py" line="261"/>
        <location filename="../../app/services/needs/responses.py" line="65"/>
        <location filename="../../app/services/needs/responses.py" line="77"/>
        <source>Choix inconnu.</source>
        <translation>Unknown choice.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="98"/>
        <source>Donnez un titre, par exemple « 5 bénévoles avec le permis B le 14 mars ».</source>
        <translation>Give a title, for example “5 volunteers with a driving licence on 14 March”.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="108"/>
        <location filename="../../app/services/needs/responses.py" line="117"/>
        <source>La quantité va de 1 à 100 000.</source>
        <translation>The quantity goes from 1 to 100,000.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="112"/>
        <source>La date d&apos;expiration est passée : choisissez une date à venir.</source>
        <translation>The expiry date has passed: choose a date to come.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="132"/>
        <source>Choisissez la date (ou la première date).</source>
        <translation>Choose the date (or the first date).</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="137"/>
        <source>Dites quand, par exemple « le week-end » ou « tous les mardis soir ».</source>
        <translation>Say when, for example “at weekends” or “every Tuesday evening”.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="151"/>
        <source>Indiquez la commune (nom ou code postal), ou cochez « À distance ».</source>
        <translation>Give the town (name or postal code), or tick “Remote”.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="183"/>
        <source>Choisissez au moins une association du réseau, ou montrez-le à tout le réseau.</source>
        <translation>Choose at least one association of the network, or show it to the whole network.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="187"/>
        <source>Choisissez des associations du réseau (50 au plus), pas la vôtre.</source>
        <translation>Choose associations of the network (50 at most), not your own.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/records.py" line="205"/>
        <source>Publié par une autre association : seule elle le modifie ou le clôt.</source>
        <translation>Posted by another association: only it edits or closes it.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/feedback.py" line="37"/>
        <source>Réussie</source>
        <translation>Successful</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/feedback.py" line="38"/>
        <source>Mitigée</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/feedback.py" line="39"/>
        <source>Abandonnée</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/feedback.py" line="93"/>
        <location filename="../../app/services/practices/feedback.py" line="127"/>
        <source>Cette pratique n&apos;est pas publiée.</source>
        <translation>This practice is not published.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/feedback.py" line="97"/>
        <source>C&apos;est une pratique de votre association : les autres associations seules peuvent la marquer utile ou l&apos;adopter.</source>
        <translation>This is your association&apos;s practice: only other associations can mark it useful or adopt it.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/feedback.py" line="124"/>
        <source>Écrivez votre commentaire.</source>
        <translation>Write your comment.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/feedback.py" line="150"/>
        <source>Choisissez où en est l&apos;adoption.</source>
        <translation>Choose where the adoption stands.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/feedback.py" line="183"/>
        <source>Ce message est celui d&apos;une autre association : seule elle peut le retirer.</source>
        <translation>This message is another association&apos;s: only it can remove it.</translation>
    </message>
    <message>
        <location filename="../../app/services/practices/mentoring.py" line="87"/>
        <source>C&apos;est une pratique de votre association : demandez plutôt à une autre.</source>
        <translation>This is your association&apos;s practice: ask another one instead.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="68"/>
        <location filename="../../app/services/agreements/editing.py" line="40"/>
        <source>Cette convention a été rédigée par une autre association : seule elle la modifie.</source>
        <translation>This agreement was drafted by another association: only that association can edit it.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/clauses.py" line="34"/>
        <source>Engagements des parties</source>
        <translation>Commitments of the parties</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/clauses.py" line="41"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/clauses.py" line="47"/>
        <source>Dispositions financières</source>
        <translation>Financial provisions</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/clauses.py" line="54"/>
        <source>Mise à disposition de matériel</source>
        <translation>Provision of equipment</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/clauses.py" line="62"/>
        <source>Assurances et responsabilité</source>
        <translation>Insurance and liability</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/clauses.py" line="69"/>
        <source>Données personnelles</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/clauses.py" line="79"/>
        <source>Résiliation</source>
        <translation>Termination</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/clauses.py" line="87"/>
        <source>Règlement des litiges</source>
        <translation>Dispute resolution</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/clauses.py" line="125"/>
        <source>Article inconnu.</source>
        <translation>Unknown article.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/clauses.py" line="127"/>
        <source>Donnez un nom à ce modèle.</source>
        <translation>Give this template a name.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/clauses.py" line="129"/>
        <source>Le modèle est vide.</source>
        <translation>The template is empty.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="40"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="41"/>
        <source>Envoyée pour signature</source>
        <translation>Sent for signature</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="42"/>
        <source>Signée</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="43"/>
        <source>Terminée</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="46"/>
        <source>Pas de renouvellement</source>
        <translation>No renewal</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="47"/>
        <source>Tacite, pour la même durée</source>
        <translation>Tacit, for the same duration</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="48"/>
        <source>Par avenant</source>
        <translation>By amendment</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="107"/>
        <source>Seul un brouillon se modifie : remettez la convention en brouillon, ou rédigez un avenant si elle est signée.</source>
        <translation>Only a draft can be edited: put the agreement back to draft, or draw up an amendment if it is signed.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="124"/>
        <source>Un avenant modifie une convention, pas un avenant.</source>
        <translation>An amendment amends an agreement, not another amendment.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="129"/>
        <source>Un avenant modifie une convention envoyée ou signée ; un brouillon se modifie directement.</source>
        <translation>An amendment amends an agreement that has been sent or signed; a draft is edited directly.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="167"/>
        <source>Seul un brouillon part pour signature.</source>
        <translation>Only a draft can be sent for signature.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="172"/>
        <source>Avant la signature, complétez : %1.</source>
        <translation>Before signing, fill in: %1.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="184"/>
        <source>Seule une convention envoyée pour signature revient en brouillon.</source>
        <translation>Only an agreement sent for signature can go back to draft.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="200"/>
        <source>Cette convention est déjà signée ou terminée.</source>
        <translation>This agreement is already signed or ended.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="204"/>
        <source>La date de signature précède l&apos;envoi pour signature.</source>
        <translation>The signature date is before the date it was sent for signature.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="214"/>
        <source>Seule une convention signée prend fin.</source>
        <translation>Only a signed agreement can be ended.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="216"/>
        <source>La fin précède la signature.</source>
        <translation>The end date is before the signature date.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="227"/>
        <source>Seul un brouillon se supprime ; une convention signée prend fin.</source>
        <translation>Only a draft can be deleted; a signed agreement is ended instead.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="241"/>
        <source>Le rappel va de 0 à 365 jours.</source>
        <translation>The reminder must be between 0 and 365 days.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="249"/>
        <source>Le fichier est vide.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/records.py" line="251"/>
        <source>Fichier trop lourd (20 Mo au plus).</source>
        <translation>File too large (20 MB maximum).</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/reminders.py" line="60"/>
        <source>{0} « {1} »</source>
        <translation>{0} “{1}”</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/reminders.py" line="61"/>
        <source>La convention {0} se termine le {1} (dans {2} jours).</source>
        <translation>Agreement {0} ends on {1} (in {2} days).</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/reminders.py" line="62"/>
        <source>La convention {0} se renouvelle tacitement le {1} ; le préavis pour y mettre fin a expiré le {2}.</source>
        <translation>Agreement {0} renews tacitly on {1}; the notice period for ending it expired on {2}.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/reminders.py" line="66"/>
        <source>La convention {0} se renouvelle tacitement le {1} ; pour y mettre fin, prévenez les parties avant le {2}.</source>
        <translation>Agreement {0} renews tacitly on {1}; to end it, notify the parties before {2}.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="253"/>
        <source>Une convention réunit au plus 20 parties.</source>
        <translation>An agreement can have at most 20 parties.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="256"/>
        <source>Deux parties portent la même clé.</source>
        <translation>Two parties have the same key.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="260"/>
        <source>Mode de renouvellement inconnu.</source>
        <translation>Unknown renewal type.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="262"/>
        <source>Indiquez une date de fin ou une durée, pas les deux.</source>
        <translation>Enter an end date or a duration, not both.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="266"/>
        <source>La durée va de 1 à 120 mois.</source>
        <translation>The duration must be between 1 and 120 months.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="270"/>
        <source>Le préavis va de 0 à 365 jours.</source>
        <translation>The notice period must be between 0 and 365 days.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="272"/>
        <source>De 1 à 20 exemplaires originaux.</source>
        <translation>Between 1 and 20 original copies.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="278"/>
        <source>Nommez le matériel.</source>
        <translation>Name the equipment.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="280"/>
        <source>Le matériel est prêté par une partie de la convention.</source>
        <translation>The equipment must be lent by a party to the agreement.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="284"/>
        <source>Quantité d&apos;au moins 1 et valeur positive.</source>
        <translation>Quantity must be at least 1 and value must be positive.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="296"/>
        <source>Montant positif attendu.</source>
        <translation>The amount must be positive.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="298"/>
        <source>Le payeur et le bénéficiaire sont des parties de la convention.</source>
        <translation>The payer and the recipient must be parties to the agreement.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="302"/>
        <source>Le payeur et le bénéficiaire sont deux parties différentes.</source>
        <translation>The payer and the recipient must be two different parties.</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="311"/>
        <source>le titre</source>
        <translation>the title</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="313"/>
        <source>au moins deux parties</source>
        <translation>at least two parties</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="316"/>
        <source>le nom de chaque partie</source>
        <translation>the name of each party</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="319"/>
        <source>le signataire de chaque partie et sa qualité</source>
        <translation>each party&apos;s signatory and their capacity</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="321"/>
        <source>ce que l&apos;avenant modifie</source>
        <translation>what the amendment changes</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="323"/>
        <source>l&apos;objet de la convention</source>
        <translation>the purpose of the agreement</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="325"/>
        <source>la date de début</source>
        <translation>the start date</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="327"/>
        <source>la date de fin ou la durée</source>
        <translation>the end date or the duration</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/content.py" line="329"/>
        <source>le lieu de signature</source>
        <translation>the place of signature</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="90"/>
        <source>Vous ne pouvez proposer que ce qui appartient à votre association.</source>
        <translation>You can only offer what belongs to your association.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="97"/>
        <source>Ce matériel n&apos;est pas partagé avec le réseau, ou il est hors service.</source>
        <translation>This equipment is not shared with the network, or it is out of service.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="113"/>
        <source>Qui est la personne à contacter ?</source>
        <translation>Who is the contact person?</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="140"/>
        <source>C&apos;est une publication de votre association : rien à lui proposer.</source>
        <translation>It is your own association&apos;s post: nothing to offer it.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="146"/>
        <source>Ce besoin ou cette proposition n&apos;est plus ouvert.</source>
        <translation>This need or offer is no longer open.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="149"/>
        <source>Cette pratique n&apos;est plus publiée.</source>
        <translation>This practice is no longer published.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="156"/>
        <source>Vous avez déjà répondu : attendez la réponse, ou retirez la vôtre d&apos;abord.</source>
        <translation>You have already responded: wait for the answer, or withdraw yours first.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="195"/>
        <source>Seule l&apos;association qui a répondu peut retirer sa réponse.</source>
        <translation>Only the association that responded can withdraw its response.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="199"/>
        <source>Cette réponse a déjà été acceptée ou déclinée.</source>
        <translation>This response has already been accepted or declined.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="229"/>
        <location filename="../../app/sync/wording.py" line="258"/>
        <source>Seule l&apos;association qui a publié répond à une proposition.</source>
        <translation>Only the association that posted it answers a proposal.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="232"/>
        <source>Cette réponse a été retirée.</source>
        <translation>This response was withdrawn.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="235"/>
        <source>Vous avez déjà répondu à cette proposition.</source>
        <translation>You have already answered this proposal.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="240"/>
        <location filename="../../app/services/needs/outcomes.py" line="98"/>
        <source>Le mot est trop long (2 000 caractères au plus).</source>
        <translation>The word is too long (2,000 characters at most).</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="248"/>
        <source>Ce matériel n&apos;appartient pas à l&apos;association qui le propose.</source>
        <translation>This equipment does not belong to the association offering it.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/responses.py" line="287"/>
        <source>Ce matériel n&apos;est pas encore arrivé sur cet ordinateur : synchronisez, puis acceptez.</source>
        <translation>This equipment has not reached this computer yet: sync, then accept.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/outcomes.py" line="24"/>
        <source>Bien</source>
        <translation>Well</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/outcomes.py" line="25"/>
        <source>Mitigé</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/outcomes.py" line="26"/>
        <source>Mal</source>
        <translation>Badly</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/outcomes.py" line="94"/>
        <source>Dites comment ça s&apos;est passé.</source>
        <translation>Say how it went.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/outcomes.py" line="102"/>
        <source>Cette réponse n&apos;existe plus.</source>
        <translation>This response no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/outcomes.py" line="105"/>
        <source>Vous avez déjà dit comment ça s&apos;est passé.</source>
        <translation>You already said how it went.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/outcomes.py" line="114"/>
        <source>Écrivez ce que vous en retenez pour en faire une pratique.</source>
        <translation>Write what you learnt to make it a practice.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/places.py" line="154"/>
        <source>Commune introuvable : « {0} ». Tapez son nom ou son code postal (par exemple Lyon 7e ou 69007).</source>
        <translation>Town not found: “{0}”. Type its name or postal code (for example Lyon 7e or 69007).</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/places.py" line="168"/>
        <source>Plusieurs communes portent ce nom ({0}…) : ajoutez le code postal.</source>
        <translation>Several towns have this name ({0}…): add the postal code.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/summary.py" line="140"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/summary.py" line="141"/>
        <source>Besoins publiés</source>
        <translation>Needs posted</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/summary.py" line="142"/>
        <source>Besoins pourvus</source>
        <translation>Needs met</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/summary.py" line="143"/>
        <source>Propositions publiées</source>
        <translation>Offers posted</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/summary.py" line="145"/>
        <source>Délai médian avant une première réponse (jours)</source>
        <translation>Median time to a first response (days)</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/summary.py" line="149"/>
        <source>Réponses envoyées</source>
        <translation>Responses sent</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/summary.py" line="150"/>
        <source>Réponses reçues</source>
        <translation>Responses received</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/summary.py" line="154"/>
        <source>Ressources données</source>
        <translation>Resources given</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/summary.py" line="157"/>
        <source>Matériel prêté</source>
        <translation>Equipment lent</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/summary.py" line="160"/>
        <source>Ressources reçues</source>
        <translation>Resources received</translation>
    </message>
    <message>
        <location filename="../../app/services/needs/summary.py" line="163"/>
        <source>Matériel emprunté</source>
        <translation>Equipment borrowed</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="21"/>
        <source>{field} : champ inconnu pour ce type de fiche</source>
        <translation>{field}: unknown field for this kind of record</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="22"/>
        <source>{field} : valeur obligatoire absente</source>
        <translation>{field}: required value missing</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="23"/>
        <source>{field} : trop long (au plus {max_length} caractères)</source>
        <translation>{field}: too long (at most {max_length} characters)</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="24"/>
        <source>{field} : doit aller de {minimum} à {maximum}</source>
        <translation>{field}: must be between {minimum} and {maximum}</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="25"/>
        <source>{field} : date attendue sous la forme AAAA-MM-JJ</source>
        <translation>{field}: a date is expected, written YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="26"/>
        <source>{field} : date et heure attendues (ISO 8601, avec le fuseau)</source>
        <translation>{field}: a date and time is expected (ISO 8601, with its time zone)</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="29"/>
        <source>{field} : identifiant de fiche attendu</source>
        <translation>{field}: a record identifier is expected</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="30"/>
        <source>{field} : valeur inconnue (possibles : {choices})</source>
        <translation>{field}: unknown value (possible: {choices})</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="31"/>
        <source>{field} : la fiche désignée a été supprimée</source>
        <translation>{field}: the record it points to was deleted</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="32"/>
        <source>la fiche à laquelle elle appartient n&apos;est jamais arrivée</source>
        <translation>the record it belongs to never arrived</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="35"/>
        <source>la base locale a refusé de l&apos;enregistrer ({error})</source>
        <translation>the local database refused to save it ({error})</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="40"/>
        <source>du texte</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="41"/>
        <source>un nombre entier</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="42"/>
        <source>vrai ou faux</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="43"/>
        <source>une liste de textes</source>
        <translation>a list of texts</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="45"/>
        <source>{field} : {expected} attendu</source>
        <translation>{field}: {expected} expected</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="46"/>
        <source>{field} : valeur refusée ({code})</source>
        <translation>{field}: value refused ({code})</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="70"/>
        <source>Début de maintenance</source>
        <translation>Maintenance start</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="71"/>
        <source>Fin de maintenance</source>
        <translation>Maintenance end</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="72"/>
        <source>Valeur d&apos;achat</source>
        <translation>Purchase value</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="73"/>
        <source>Caution</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="74"/>
        <source>État du matériel</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="75"/>
        <source>Partagé avec le réseau</source>
        <translation>Shared with the network</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="77"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="78"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="82"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="83"/>
        <source>rôle</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="84"/>
        <source>consentement</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="85"/>
        <source>matériel</source>
        <translation>equipment</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="86"/>
        <source>réservation</source>
        <translation>reservation</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="87"/>
        <source>prêt</source>
        <translation>loan</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="88"/>
        <source>pratique</source>
        <translation>practice</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="89"/>
        <source>version de pratique</source>
        <translation>practice version</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="90"/>
        <source>avis sur une pratique</source>
        <translation>feedback on a practice</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="91"/>
        <source>convention</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="92"/>
        <source>modèle de clause</source>
        <translation>clause template</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="93"/>
        <source>besoin ou proposition</source>
        <translation>need or offer</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="94"/>
        <source>réponse à un besoin</source>
        <translation>response to a need</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="95"/>
        <source>décision sur une réponse</source>
        <translation>decision on a response</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="96"/>
        <source>bilan d&apos;un échange</source>
        <translation>how an exchange went</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="142"/>
        <source>Cette fiche appartient à une autre association : seule l&apos;association propriétaire peut la modifier.</source>
        <translation>This record belongs to another association: only the association that owns it can change it.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="149"/>
        <source>Cet identifiant d&apos;opération est déjà utilisé.</source>
        <translation>This operation id is already in use.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="150"/>
        <source>Cette fiche existe déjà sous un autre type.</source>
        <translation>This record already exists as another type.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="152"/>
        <source>Type de fiche inconnu du hub : « {0} ».</source>
        <translation>Type of record unknown to the hub: “{0}”.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="156"/>
        <source>Cette fiche a été supprimée définitivement par son association : elle ne peut pas revenir.</source>
        <translation>This record was deleted for good by its association: it cannot come back.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="162"/>
        <source>{0} : nombre invalide (NaN ou infini).</source>
        <translation>{0}: invalid number (NaN or infinite).</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="163"/>
        <source>{0} : texte contenant un caractère invalide.</source>
        <translation>{0}: text containing an invalid character.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="165"/>
        <source>Liste d&apos;associations contenant un caractère invalide.</source>
        <translation>List of associations containing an invalid character.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="168"/>
        <source>Valeurs refusées par le hub.</source>
        <translation>Values refused by the hub.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="170"/>
        <source>La fiche à laquelle celle-ci appartient a été supprimée : elle ne peut pas revenir sans elle.</source>
        <translation>The record this one belongs to was deleted: it cannot come back without it.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="177"/>
        <source>Visibilité « {0} » impossible pour une fiche « {1} ».</source>
        <translation>Visibility “{0}” is not possible for a “{1}” record.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="181"/>
        <source>Association inconnue du hub : {0}.</source>
        <translation>Association unknown to the hub: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="185"/>
        <source>Une réservation demande une date de début et une date de fin.</source>
        <translation>A reservation needs a start date and an end date.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="189"/>
        <source>La date de fin de la réservation précède sa date de début.</source>
        <translation>The reservation&apos;s end date is before its start date.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="193"/>
        <source>La marge autour d&apos;une réservation va de 0 à {0} jours.</source>
        <translation>The margin around a reservation goes from 0 to {0} days.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="197"/>
        <source>Les dates de la réservation, marge comprise, sortent du calendrier.</source>
        <translation>The reservation&apos;s dates, margin included, fall outside the calendar.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="201"/>
        <source>L&apos;identifiant du matériel réservé est invalide.</source>
        <translation>The id of the reserved equipment is invalid.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="205"/>
        <source>Ce matériel est déjà réservé du {0} au {1} par {2}.</source>
        <translation>This equipment is already reserved from {0} to {1} by {2}.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="209"/>
        <source>Ce matériel est en prêt chez {0} jusqu&apos;au {1}.</source>
        <translation>This equipment is on loan to {0} until {1}.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="213"/>
        <source>Ce matériel n&apos;est pas rendu : en retard chez {0} depuis le {1}.</source>
        <translation>This equipment has not been returned: overdue at {0} since {1}.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="217"/>
        <source>Ce matériel est inconnu du hub ou n&apos;est pas partagé avec votre association.</source>
        <translation>This equipment is unknown to the hub or not shared with your association.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="223"/>
        <source>La réservation de ce prêt est inconnue du hub.</source>
        <translation>The reservation of this loan is unknown to the hub.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="233"/>
        <source>Ce besoin, cette proposition ou cette pratique est inconnu du hub ou ne vous est pas montré.</source>
        <translation>This need, offer or practice is unknown to the hub or not shown to you.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="240"/>
        <source>C&apos;est une publication de votre association : vous ne pouvez pas y répondre.</source>
        <translation>This was published by your association: you cannot respond to it.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="246"/>
        <source>L&apos;association qui a publié ne correspond pas à celle que nomme la réponse.</source>
        <translation>The association that published it is not the one the response names.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="252"/>
        <source>La réponse à laquelle cette décision se rapporte est inconnue du hub.</source>
        <translation>The response this decision is about is unknown to the hub.</translation>
    </message>
    <message>
        <location filename="../../app/sync/wording.py" line="262"/>
        <source>L&apos;association qui a répondu ne correspond pas à celle que nomme la décision.</source>
        <translation>The association that responded is not the one the decision names.</translation>
    </message>
    <message>
        <location filename="../../app/services/record_ids.py" line="116"/>
        <source>{0} du {1} au {2}</source>
        <translation>{0} from {1} to {2}</translation>
    </message>
    <message>
        <location filename="../../app/services/identity.py" line="86"/>
        <source>Donnez le nom de l&apos;association.</source>
        <translation>Give the association&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../app/services/store/problems.py" line="23"/>
        <source>Les données du dossier « {0} » sont endommagées : Entraide ne les montre pas, pour ne rien afficher de faux. Restaurez une sauvegarde (entraide restore-backup) ou ouvrez un autre dossier.</source>
        <translation>The data in the folder “{0}” is damaged: Entraide does not show it, so as to show nothing wrong. Restore a backup (entraide restore-backup) or open another folder.</translation>
    </message>
    <message>
        <location filename="../../app/services/store/problems.py" line="39"/>
        <source>Le disque du dossier « {0} » est plein : libérez de la place, puis recommencez.</source>
        <translation>The disk of the folder “{0}” is full: free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/services/store/problems.py" line="51"/>
        <source>Entraide ne peut pas écrire dans le dossier « {0} » (lecture seule ou accès refusé) : donnez-lui l&apos;accès en écriture ou choisissez un autre dossier de données.</source>
        <translation>Entraide cannot write in the folder “{0}” (read-only or access denied): give it write access or choose another data folder.</translation>
    </message>
    <message>
        <location filename="../../app/services/store/problems.py" line="72"/>
        <source>une partie du fichier de données est illisible</source>
        <translation>part of the data file is unreadable</translation>
    </message>
    <message>
        <location filename="../../app/services/store/problems.py" line="96"/>
        <source>Le disque du dossier « {0} » refuse de lire ou d&apos;écrire les données : vérifiez qu&apos;il est bien branché et qu&apos;il reste de la place, puis recommencez.</source>
        <translation>The disk of the folder “{0}” refuses to read or write the data: check that it is plugged in and has space left, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/services/store/problems.py" line="122"/>
        <source>« {0} » est un fichier, pas un dossier : choisissez un autre dossier de données ou renommez ce fichier.</source>
        <translation>“{0}” is a file, not a folder: choose another data folder or rename this file.</translation>
    </message>
    <message>
        <location filename="../../app/services/store/problems.py" line="136"/>
        <source>Aucune donnée Entraide dans « {0} » : vérifiez le dossier indiqué (--data-dir ou ENTRAIDE_DATA_DIR), ou ouvrez d&apos;abord la fenêtre d&apos;Entraide (ou lancez « entraide demo ») pour en créer.</source>
        <translation>No Entraide data in “{0}”: check the folder given (--data-dir or ENTRAIDE_DATA_DIR), or open the Entraide window first (or run “entraide demo”) to create some.</translation>
    </message>
    <message>
        <location filename="../../app/services/store/problems.py" line="151"/>
        <source>La sauvegarde « {0} » est illisible : rien n&apos;a été changé ; choisissez-en une autre.</source>
        <translation>The backup “{0}” is unreadable: nothing was changed; choose another one.</translation>
    </message>
    <message>
        <location filename="../../app/services/store/health.py" line="47"/>
        <source>ce fichier n&apos;est pas une base de données d&apos;Entraide</source>
        <translation>this file is not an Entraide database</translation>
    </message>
    <message>
        <location filename="../../app/services/store/health.py" line="62"/>
        <source>le fichier de données est vide</source>
        <translation>the data file is empty</translation>
    </message>
    <message>
        <location filename="../../app/services/store/health.py" line="66"/>
        <location filename="../../app/services/store/health.py" line="70"/>
        <source>le début du fichier de données est illisible</source>
        <translation>the start of the data file is unreadable</translation>
    </message>
    <message>
        <location filename="../../app/services/store/health.py" line="74"/>
        <source>le fichier de données est tronqué</source>
        <translation>the data file is cut short</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/gdpr.py" line="28"/>
        <source>Cette action concerne une personne, pas une organisation.</source>
        <translation>This action is about a person, not an organisation.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/tables.py" line="23"/>
        <source>Fichier introuvable : {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/tables.py" line="24"/>
        <source>« {path} » est un dossier, pas un fichier.</source>
        <translation>“{path}” is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/tables.py" line="25"/>
        <source>Impossible de lire « {path} » : {detail}</source>
        <translation>“{path}” cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/tables.py" line="26"/>
        <source>« {name} » n&apos;est ni un texte CSV ni un classeur (.xlsx, .ods) : enregistrez-le depuis le tableur au format CSV ou .xlsx.</source>
        <translation>“{name}” is neither CSV text nor a workbook (.xlsx, .ods): save it from the spreadsheet as CSV or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/tables.py" line="31"/>
        <source>Le fichier est vide : il n&apos;y a ni en-tête ni contact.</source>
        <translation>The file is empty: it has no header and no contact.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/tables.py" line="32"/>
        <source>Le fichier n&apos;a pas de ligne d&apos;en-tête (les noms des colonnes).</source>
        <translation>The file has no header line (the column names).</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/tables.py" line="35"/>
        <source>Ligne {line} : un guillemet (&quot;) ouvert n&apos;est jamais refermé ; corrigez cette cellule dans le tableur, puis relancez l&apos;import.</source>
        <translation>Line {line}: a quotation mark (&quot;) is opened and never closed; correct this cell in the spreadsheet, then import again.</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/tables.py" line="40"/>
        <source>Le fichier n&apos;est pas un CSV lisible vers la ligne {line} : {detail}</source>
        <translation>The file is not readable CSV around line {line}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/tables.py" line="43"/>
        <source>Le classeur « {name} » ne peut pas être lu : ce n&apos;est pas un classeur Excel ni OpenDocument, ou il est abîmé ou protégé par un mot de passe ; ouvrez-le dans le tableur et enregistrez-le de nouveau (.xlsx, .ods ou CSV).</source>
        <translation>The workbook “{name}” cannot be read: it is not an Excel or OpenDocument workbook, or it is damaged or protected by a password; open it in the spreadsheet and save it again (.xlsx, .ods or CSV).</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/tables.py" line="49"/>
        <source>Le classeur n&apos;a pas de feuille « {sheet} » (feuilles : {sheets}).</source>
        <translation>The workbook has no sheet “{sheet}” (sheets: {sheets}).</translation>
    </message>
    <message>
        <location filename="../../app/services/contacts/transfer/tables.py" line="52"/>
        <source>Aucune fiche vCard dans ce fichier (pas de ligne « BEGIN:VCARD »).</source>
        <translation>No vCard in this file (no “BEGIN:VCARD” line).</translation>
    </message>
    <message>
        <location filename="../../app/export/loan_sheet.py" line="126"/>
        <source>ce prêt a été décliné par le prêteur : il n&apos;y a pas de bon à imprimer.</source>
        <translation>this loan was declined by the lender: there is no receipt to print.</translation>
    </message>
    <message>
        <location filename="../../app/sync/pages.py" line="40"/>
        <source>La synchronisation supprimerait {0} fiches « {1} » sur {2} : confirmez avant de continuer.</source>
        <translation>The sync would delete {0} “{1}” records out of {2}: confirm before going on.</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="31"/>
        <location filename="../../app/sync/courier/problems.py" line="9"/>
        <source>Cet ordinateur n&apos;est pas encore relié au hub : enrôlez-le d&apos;abord.</source>
        <translation>This computer is not linked to the hub yet: enrol it first.</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="36"/>
        <source>Le hub ne reconnaît pas cet ordinateur (jeton inconnu ou révoqué) : enrôlez-le à nouveau.</source>
        <translation>This computer is not known to the hub (unknown or revoked token): enrol it again.</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="39"/>
        <source>Code d&apos;enrôlement inconnu, déjà utilisé ou expiré : demandez-en un nouveau à l&apos;administrateur du hub.</source>
        <translation>Unknown, used or expired enrolment code: ask the hub&apos;s administrator for a new one.</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="43"/>
        <source>Cette version d&apos;Entraide est trop ancienne pour ce hub : mettez Entraide à jour.</source>
        <translation>This version of Entraide is too old for this hub: update Entraide.</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="46"/>
        <source>Le hub a un problème ({0}) : réessayez plus tard.</source>
        <translation>The hub has a problem ({0}): try again later.</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="47"/>
        <source>Le hub a refusé la demande ({0}) : {1}</source>
        <translation>The hub refused the request ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="163"/>
        <source>Synchronisation annulée.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="170"/>
        <source>Le certificat du hub n&apos;est pas valable : la connexion a été refusée par sécurité. Prévenez l&apos;administrateur du hub.</source>
        <translation>The hub&apos;s certificate is not valid: the connection was refused for safety. Tell the hub&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="179"/>
        <source>Le hub ne répond pas : vérifiez la connexion à Internet, la synchronisation reprendra d&apos;elle-même.</source>
        <translation>The hub does not answer: check the Internet connection; the sync will resume by itself.</translation>
    </message>
    <message>
        <location filename="../../app/sync/client.py" line="26"/>
        <source>La réponse reçue ne vient pas du hub (un réseau wifi demande peut-être de se connecter) : réessayez plus tard.</source>
        <translation>The answer did not come from the hub (a Wi-Fi network may be asking you to sign in): try again later.</translation>
    </message>
    <message>
        <location filename="../../app/sync/conflicts.py" line="41"/>
        <source>Réservation du {0} au {1}</source>
        <translation>Reservation from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../app/sync/conflicts.py" line="42"/>
        <source>Réservation du {0} au {1} ({2})</source>
        <translation>Reservation from {0} to {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../app/sync/outgoing.py" line="78"/>
        <source>Fiche trop volumineuse pour le hub : raccourcissez ses textes.</source>
        <translation>Record too large for the hub: shorten its texts.</translation>
    </message>
    <message>
        <location filename="../../app/sync/outgoing.py" line="209"/>
        <source>Supprimée ici, modifiée ailleurs.</source>
        <translation>Deleted here, changed elsewhere.</translation>
    </message>
    <message>
        <location filename="../../app/sync/outgoing.py" line="225"/>
        <source>Modifiée ici, supprimée ailleurs.</source>
        <translation>Changed here, deleted elsewhere.</translation>
    </message>
    <message>
        <location filename="../../app/sync/courier/problems.py" line="12"/>
        <source>Cet ordinateur n&apos;a pas encore de clés de liaison : synchronisez-le une fois avec le hub, ou enrôlez-le à nouveau, pour utiliser les fichiers de liaison.</source>
        <translation>This computer has no courier keys yet: sync it once with the hub, or enrol it again, to use courier files.</translation>
    </message>
    <message>
        <location filename="../../app/sync/courier/problems.py" line="17"/>
        <source>Ce fichier n&apos;est pas un fichier de liaison Entraide.</source>
        <translation>This file is not an Entraide courier file.</translation>
    </message>
    <message>
        <location filename="../../app/sync/courier/problems.py" line="18"/>
        <source>Ce fichier de liaison est abîmé ou incomplet : rien n&apos;a été modifié.</source>
        <translation>This courier file is damaged or incomplete: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/sync/courier/problems.py" line="21"/>
        <source>Ce fichier de liaison a été modifié depuis que le hub l&apos;a écrit : il est refusé, rien n&apos;a été modifié.</source>
        <translation>This courier file was changed since the hub wrote it: it is refused, nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/sync/courier/problems.py" line="26"/>
        <source>Ce fichier de réponse est destiné à un autre ordinateur : rien n&apos;a été modifié.</source>
        <translation>This answer file is meant for another computer: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/sync/courier/problems.py" line="29"/>
        <source>Ce fichier de réponse vient d&apos;un autre hub que celui de cet ordinateur : rien n&apos;a été modifié.</source>
        <translation>This answer file comes from another hub than this computer&apos;s: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/sync/courier/problems.py" line="33"/>
        <source>Ce fichier de réponse est plus ancien que ce que cet ordinateur a déjà reçu du hub : il est refusé, rien n&apos;a été modifié.</source>
        <translation>This answer file is older than what this computer already has from the hub: it is refused, nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/sync/courier/problems.py" line="38"/>
        <source>Ce fichier est destiné au hub, pas à cet ordinateur : confiez-le à un ordinateur qui se connecte, puis importez la réponse qu&apos;il rapportera.</source>
        <translation>This file is meant for the hub, not for this computer: hand it to a computer that goes online, then import the answer it brings back.</translation>
    </message>
    <message>
        <location filename="../../app/sync/courier/problems.py" line="43"/>
        <source>Il manque des parties de ce fichier de liaison : copiez-les toutes dans le même dossier.</source>
        <translation>Parts of this courier file are missing: copy them all into the same folder.</translation>
    </message>
    <message>
        <location filename="../../app/sync/courier/problems.py" line="46"/>
        <source>Ces parties appartiennent à des fichiers de liaison différents.</source>
        <translation>These parts belong to different courier files.</translation>
    </message>
    <message>
        <location filename="../../app/sync/courier/problems.py" line="49"/>
        <source>Impossible de lire le fichier « {0} » : {1}</source>
        <translation>Cannot read the file “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../app/sync/courier/problems.py" line="50"/>
        <source>Impossible d&apos;écrire dans « {0} » : {1}</source>
        <translation>Cannot write to “{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../app/sync/courier/answer.py" line="30"/>
        <source>Modifications de ce fichier non appliquées par le hub : {0} (il avait déjà reçu de cet ordinateur un fichier ou une synchronisation plus récents). Rien n&apos;est perdu : ce qui attend encore partira avec le prochain fichier de liaison.</source>
        <translation>Changes of this file not applied by the hub: {0} (it had already received a newer file or sync from this computer). Nothing is lost: what is still waiting will go with the next courier file.</translation>
    </message>
</context>
</TS>
