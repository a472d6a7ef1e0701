(function(){
  const segs=[...document.querySelectorAll('.seg[data-d]')];
  const cards=[...document.querySelectorAll('.card')];
  const items=[...document.querySelectorAll('.timeline li')];
  let pinned=null;
  function show(id){
    segs.forEach(s=>s.classList.toggle('hl', !!id && s.dataset.d.split(' ').includes(id)));
    cards.forEach(c=>c.classList.toggle('active', c.dataset.id===id));
    items.forEach(i=>i.classList.toggle('active', i.dataset.id===id));
  }
  cards.forEach(c=>{
    c.addEventListener('mouseenter',()=>{ if(!pinned) show(c.dataset.id); });
    c.addEventListener('mouseleave',()=>{ if(!pinned) show(null); });
    c.addEventListener('click',()=>{ pinned = pinned===c.dataset.id ? null : c.dataset.id; show(pinned);
      const first=segs.find(s=>s.classList.contains('hl')); if(first) first.scrollIntoView({block:'center'}); });
  });
  items.forEach(i=>i.addEventListener('click',()=>{ pinned=i.dataset.id; show(pinned); }));
  document.getElementById('filter').addEventListener('change',e=>{
    const v=e.target.value; const keep=new Set();
    cards.forEach(c=>{ const ok=!v || JSON.parse(c.dataset.addressees).includes(v);
      c.classList.toggle('hidden',!ok); if(ok) keep.add(c.dataset.id); });
    segs.forEach(s=>s.classList.toggle('dim', !!v && !s.dataset.d.split(' ').some(id=>keep.has(id))));
  });
})();
